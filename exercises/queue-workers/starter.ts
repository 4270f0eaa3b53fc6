import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs, workers } = world as { jobs: number[]; workers: number };

/** Does job `job` (numbered from 1): a wait of the job's length. */
async function handle(job: number): Promise<void> {
  await asyncio.sleep(jobs[job - 1]);
}

async function worker(name: string, queue: asyncio.Queue<number>): Promise<void> {
  // Take jobs from the queue for ever: handle each one, print
  // `${name} handled job ${job}`, and mark it done.
}

async function main(): Promise<number> {
  // Make a queue with room for two jobs, start `workers` worker tasks (worker-1, worker-2, …),
  // put the jobs 1 … jobs.length into the queue, wait until all of them are done,
  // then stop the workers.
  print(`${workers} workers for ${jobs.length} jobs`);
  return 0;
}

asyncio.run(main());
