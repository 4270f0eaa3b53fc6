// fails: the workers handle jobs at the same time
import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs, workers } = world as { jobs: number[]; workers: number };

/** Does job `job` (numbered from 1): a wait of the job's length. */
async function handle(job: number): Promise<void> {
  await asyncio.sleep(jobs[job - 1]);
}

/** One task does every job and signs each line with the name of the worker whose turn it is. */
async function worker(queue: asyncio.Queue<number>): Promise<void> {
  for (;;) {
    const job = await queue.get();
    await handle(job);
    print(`worker-${((job - 1) % workers) + 1} handled job ${job}`);
    queue.taskDone();
  }
}

async function main(): Promise<number> {
  const queue = new asyncio.Queue<number>(2);
  const task = asyncio.createTask(worker(queue));
  for (let job = 1; job <= jobs.length; job++) await queue.put(job);
  await queue.join();
  task.cancel();
  await asyncio.gather(task, { returnExceptions: true });
  return jobs.length;
}

asyncio.run(main());
