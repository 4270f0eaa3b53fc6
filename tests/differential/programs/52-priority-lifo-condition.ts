// PriorityQueue returns the smallest item first (arrays compare element by element), LifoQueue
// the newest; Condition.notify(n) wakes n waiters in the order they started waiting.
import * as asyncio from "asyncio";

async function waiter(name: string, cond: asyncio.Condition, ready: number[]): Promise<void> {
  await cond.acquire();
  try {
    print(`${name} waits`);
    await cond.wait();
    print(`${name} woke with ${ready[0]} item(s) ready`);
  } finally {
    cond.release();
  }
}

async function main(): Promise<void> {
  const pq = new asyncio.PriorityQueue<[number, string]>();
  const items: [number, string][] = [
    [3, "low"],
    [1, "urgent"],
    [2, "normal"],
    [1, "also urgent"],
  ];
  for (const item of items) pq.putNowait(item);
  const byPriority: [number, string][] = [];
  for (let n = pq.qsize(); n > 0; n--) byPriority.push(pq.getNowait());
  print("priority order:", byPriority);
  const lifo = new asyncio.LifoQueue<string>();
  for (const word of ["first", "second", "third"]) await lifo.put(word);
  const newestFirst: string[] = [];
  for (let n = lifo.qsize(); n > 0; n--) newestFirst.push(await lifo.get());
  print("lifo order:", newestFirst);

  const cond = new asyncio.Condition();
  const ready = [0];
  const waiters = ["w1", "w2", "w3"].map((n) => asyncio.createTask(waiter(n, cond, ready)));
  await asyncio.sleep(1);
  await cond.acquire();
  try {
    ready[0] = 1;
    cond.notify(1);
  } finally {
    cond.release();
  }
  await asyncio.sleep(1);
  await cond.acquire();
  try {
    ready[0] = 3;
    cond.notifyAll();
  } finally {
    cond.release();
  }
  await asyncio.gather(...waiters);
  print(`done at ${asyncio.getRunningLoop().time().toFixed(1)}`);
}

asyncio.run(main());
