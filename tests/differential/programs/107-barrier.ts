// asyncio.Barrier (3.11): tasks wait until all parties arrived, then pass together; the barrier
// can be used again; abort() breaks it for everyone waiting.
import * as asyncio from "asyncio";

async function runner(name: string, barrier: asyncio.Barrier, delay: number): Promise<void> {
  await asyncio.sleep(delay);
  print(`${name} arrives, ${barrier.nWaiting} waiting`);
  const index = await barrier.wait();
  print(`${name} passes at ${asyncio.getRunningLoop().time().toFixed(1)} with index ${index}`);
}

async function stuck(name: string, barrier: asyncio.Barrier): Promise<void> {
  try {
    await barrier.wait();
  } catch (e) {
    if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
    print(`${name}: barrier broken: ${barrier.broken}`);
  }
}

async function main(): Promise<void> {
  const barrier = new asyncio.Barrier(3);
  await asyncio.gather(runner("a", barrier, 1), runner("b", barrier, 2), runner("c", barrier, 3));
  await asyncio.gather(runner("d", barrier, 1), runner("e", barrier, 1), runner("f", barrier, 2));
  const other = new asyncio.Barrier(2);
  const waiting = asyncio.createTask(stuck("g", other));
  await asyncio.sleep(1);
  await other.abort();
  await waiting;
}

asyncio.run(main());
