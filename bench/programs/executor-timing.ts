// The executor timings of bench/tower.ts: four CPU-bound jobs and four blocking sleeps
// of `world.seconds` each, in a thread pool and in a 4-process pool.
import * as asyncio from "asyncio";
import * as time from "time";
import { ProcessPoolExecutor, ThreadPoolExecutor } from "concurrent.futures";
import { world } from "looplab";

const seconds = Number(world.seconds ?? 1);

function crunch(): number {
  let total = 0;
  for (let i = 0; i < Math.round(seconds / 28e-9); i++) total += i;
  return total;
}

function nap(): void {
  time.sleep(seconds);
}

async function four(
  label: string,
  pool: ThreadPoolExecutor | ProcessPoolExecutor,
  fn: () => unknown,
): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const start = loop.time();
  await asyncio.gather(...[1, 2, 3, 4].map(() => loop.runInExecutor(pool, fn)));
  print(`${label}: ${(loop.time() - start).toFixed(3)} s`);
}

async function main(): Promise<void> {
  const threads = new ThreadPoolExecutor();
  const processes = new ProcessPoolExecutor(4);
  await four("CPU, thread pool", threads, crunch);
  await four("CPU, 4-process pool", processes, crunch);
  await four("sleep, thread pool", threads, nap);
  await four("sleep, 4-process pool", processes, nap);
}

asyncio.run(main());
