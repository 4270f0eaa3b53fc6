// Four CPU-bound jobs, first on a thread pool, then on a process pool. Threads share one GIL, so
// their counting takes turns; processes each have their own interpreter and use the 4 cores.
import * as asyncio from "asyncio";
import { type Executor, ProcessPoolExecutor, ThreadPoolExecutor } from "concurrent.futures";

function count(n: number): number {
  let counter = 0;
  for (let i = 0; i < n; i++) counter = counter + 1;
  return counter;
}

async function fourJobs(label: string, pool: Executor): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const start = loop.time();
  const jobs = [1, 2, 3, 4].map(() => loop.runInExecutor(pool, count, 1_000_000));
  await asyncio.gather(...jobs);
  print(`${label}: 4 jobs in ${(loop.time() - start).toFixed(3)} s`);
  pool.shutdown();
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const start = loop.time();
  count(1_000_000);
  print(`one job on the loop: ${(loop.time() - start).toFixed(3)} s`);
  await fourJobs("threads", new ThreadPoolExecutor(4));
  await fourJobs("processes", new ProcessPoolExecutor(4));
}

asyncio.run(main());
