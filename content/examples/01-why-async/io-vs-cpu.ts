// Waiting overlaps; computing does not. Two downloads wait side by side, but
// two calculations on the one loop thread have to take turns.
import * as asyncio from "asyncio";

async function download(name: string): Promise<void> {
  print(`${name}: waiting for the network`);
  await asyncio.sleep(1);
  print(`${name}: got the page`);
}

async function crunch(name: string): Promise<void> {
  print(`${name}: counting`);
  let count = 0;
  for (let i = 0; i < 3_000_000; i++) {
    count += 1; // pure CPU work: there is no await in here, so nobody else can run
  }
  print(`${name}: counted to ${count}`);
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  let start = loop.time();
  await asyncio.gather(download("download A"), download("download B"));
  print(`two downloads took ${(loop.time() - start).toFixed(2)} s`);

  start = loop.time();
  await asyncio.gather(crunch("crunch A"), crunch("crunch B"));
  print(`two calculations took ${(loop.time() - start).toFixed(2)} s`);
}

asyncio.run(main());
