// Many small jobs through an executor (bench/tower.ts): `world.jobs` jobs, `world.kind` pool.
import * as asyncio from "asyncio";
import { ProcessPoolExecutor, ThreadPoolExecutor } from "concurrent.futures";
import { world } from "looplab";

function job(n: number): number {
  return n * 2;
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const pool = world.kind === "process" ? new ProcessPoolExecutor() : new ThreadPoolExecutor();
  const jobs = Number(world.jobs ?? 10_000);
  const results = await asyncio.gather(
    ...Array.from({ length: jobs }, (_, n) => loop.runInExecutor(pool, job, n)),
  );
  print(`${results.length} jobs`);
  pool.shutdown();
}

asyncio.run(main());
