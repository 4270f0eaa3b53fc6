// fails: every job is handled exactly once
import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs, workers } = world as { jobs: number[]; workers: number };

/** Does job `job` (numbered from 1): a wait of the job's length. */
async function handle(job: number): Promise<void> {
  await asyncio.sleep(jobs[job - 1]);
}

async function worker(name: string, queue: asyncio.Queue<number>): Promise<void> {
  for (;;) {
    const job = await queue.get();
    await handle(job);
    print(`${name} handled job ${job}`);
    queue.taskDone();
  }
}

async function producer(queue: asyncio.Queue<number>): Promise<void> {
  for (let job = 1; job <= jobs.length; job++) await queue.put(job);
}

async function main(): Promise<number> {
  const queue = new asyncio.Queue<number>(2);
  const tasks = Array.from({ length: workers }, (_, i) =>
    asyncio.createTask(worker(`worker-${i + 1}`, queue), { name: `worker-${i + 1}` }),
  );
  asyncio.createTask(producer(queue)); // started, but nobody waits for it to put anything
  await queue.join(); // nothing was put yet, so this returns at once
  for (const task of tasks) task.cancel();
  await asyncio.gather(...tasks, { returnExceptions: true });
  return jobs.length;
}

asyncio.run(main());
