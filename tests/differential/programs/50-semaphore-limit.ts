// A Semaphore(2) lets at most two workers in at once; the others wait in FIFO order.
import * as asyncio from "asyncio";

async function download(name: string, seconds: number, slots: asyncio.Semaphore): Promise<number> {
  print(`${name} waits for a slot`);
  await slots.acquire();
  try {
    print(`${name} downloads for ${seconds} s`);
    await asyncio.sleep(seconds);
    print(`${name} done`);
  } finally {
    slots.release();
  }
  return seconds;
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const slots = new asyncio.Semaphore(2);
  const jobs: [string, number][] = [
    ["a", 2],
    ["b", 1],
    ["c", 1],
    ["d", 3],
    ["e", 0.5],
  ];
  const total = await asyncio.gather(...jobs.map(([n, s]) => download(n, s, slots)));
  print(`${total.reduce((x, y) => x + y, 0)} s of work took ${loop.time().toFixed(1)} s`);
  print(`locked? ${slots.locked()}`);
}

asyncio.run(main());
