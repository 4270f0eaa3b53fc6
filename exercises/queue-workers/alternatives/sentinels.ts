import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs, workers } = world as { jobs: number[]; workers: number };

/** Does job `job` (numbered from 1): a wait of the job's length. */
async function handle(job: number): Promise<void> {
  await asyncio.sleep(jobs[job - 1]);
}

/** A worker stops by itself when it takes `null` out of the queue: one `null` per worker. */
async function worker(name: string, queue: asyncio.Queue<number | null>): Promise<number> {
  let count = 0;
  for (;;) {
    const job = await queue.get();
    queue.taskDone();
    if (job === null) return count;
    await handle(job);
    print(`${name} handled job ${job}`);
    count++;
  }
}

async function main(): Promise<number> {
  const queue = new asyncio.Queue<number | null>(2);
  const names = Array.from({ length: workers }, (_, i) => `worker-${i + 1}`);
  const tasks = names.map((name) => asyncio.createTask(worker(name, queue), { name }));
  for (let job = 1; job <= jobs.length; job++) await queue.put(job);
  for (const _ of names) await queue.put(null);
  const counts = await asyncio.gather(...tasks);
  return counts.reduce((sum, count) => sum + count, 0);
}

asyncio.run(main());
