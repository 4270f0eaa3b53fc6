// A Lock serves its waiters in arrival order; a waiter cancelled while queued, or just after it
// was woken, hands the lock on to the next one.
import * as asyncio from "asyncio";

async function worker(name: string, lock: asyncio.Lock, hold: number): Promise<void> {
  try {
    await lock.acquire();
    try {
      print(`${name} holds the lock at ${asyncio.getRunningLoop().time().toFixed(1)}`);
      await asyncio.sleep(hold);
    } finally {
      lock.release();
    }
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`${name} cancelled, locked: ${lock.locked()}`);
    throw e;
  }
}

async function main(): Promise<void> {
  const lock = new asyncio.Lock();
  const a = asyncio.createTask(worker("a", lock, 1));
  const b = asyncio.createTask(worker("b", lock, 1));
  const c = asyncio.createTask(worker("c", lock, 1));
  const d = asyncio.createTask(worker("d", lock, 1));
  await asyncio.sleep(0.5);
  b.cancel();
  await asyncio.sleep(0.5);
  // a released the lock at 1.0 and woke c; cancel c before it runs: d must get the lock.
  c.cancel();
  await asyncio.gather(a, b, c, d, { returnExceptions: true });
  print(`done at ${asyncio.getRunningLoop().time().toFixed(1)}, locked: ${lock.locked()}`);
}

asyncio.run(main());
