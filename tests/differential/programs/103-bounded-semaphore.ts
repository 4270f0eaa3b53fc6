// A Semaphore hands a slot released by a cancelled waiter to the next one; a BoundedSemaphore
// refuses to be released more often than it was acquired.
import * as asyncio from "asyncio";

async function use(name: string, sem: asyncio.Semaphore, hold: number): Promise<void> {
  try {
    await sem.acquire();
    try {
      print(`${name} in at ${asyncio.getRunningLoop().time().toFixed(1)}`);
      await asyncio.sleep(hold);
    } finally {
      sem.release();
    }
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`${name} cancelled`);
    throw e;
  }
}

async function main(): Promise<void> {
  const sem = new asyncio.Semaphore(1);
  const tasks = ["a", "b", "c"].map((n) => asyncio.createTask(use(n, sem, 1)));
  await asyncio.sleep(0.5);
  tasks[1].cancel();
  await asyncio.gather(...tasks, { returnExceptions: true });
  print(`locked: ${sem.locked()}`);

  const bounded = new asyncio.BoundedSemaphore(2);
  await bounded.acquire();
  bounded.release();
  try {
    bounded.release();
  } catch (e) {
    print(`${(e as Error).name}: ${(e as Error).message}`);
  }
}

asyncio.run(main());
