// Cancelling a task blocked in Queue.get() or Queue.put() never loses an item or a slot: the
// next waiter in line is served instead.
import * as asyncio from "asyncio";

async function getter(name: string, q: asyncio.Queue<string>): Promise<void> {
  try {
    const item = await q.get();
    print(`${name} got ${item}`);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`${name} cancelled`);
    throw e;
  }
}

async function putter(name: string, q: asyncio.Queue<string>, item: string): Promise<void> {
  try {
    await q.put(item);
    print(`${name} put ${item}`);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`${name} cancelled`);
    throw e;
  }
}

async function main(): Promise<void> {
  const q = new asyncio.Queue<string>();
  const g1 = asyncio.createTask(getter("g1", q));
  const g2 = asyncio.createTask(getter("g2", q));
  await asyncio.sleep(1);
  q.putNowait("x");
  g1.cancel();
  await asyncio.sleep(0);
  await asyncio.gather(g1, g2, { returnExceptions: true });
  print(`left in queue: ${q.qsize()}`);

  const full = new asyncio.Queue<string>(1);
  full.putNowait("old");
  const p1 = asyncio.createTask(putter("p1", full, "a"));
  const p2 = asyncio.createTask(putter("p2", full, "b"));
  await asyncio.sleep(1);
  print(`took ${full.getNowait()}`);
  p1.cancel();
  await asyncio.gather(p1, p2, { returnExceptions: true });
  print(`queue holds ${full.getNowait()}, empty: ${full.empty()}`);
}

asyncio.run(main());
