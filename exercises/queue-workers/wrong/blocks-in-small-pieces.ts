// fails: the workers handle jobs at the same time
import * as asyncio from "asyncio";
import { world } from "looplab";
import * as time from "time";

const { jobs, workers } = world as { jobs: number[]; workers: number };

async function worker(name: string, queue: asyncio.Queue<number>): Promise<void> {
  for (;;) {
    const job = await queue.get();
    // Works through the job in tenths of a second, but time.sleep holds the loop each time.
    for (let left = jobs[job - 1]; left > 1e-9; left -= 0.1) time.sleep(Math.min(0.1, left));
    print(`${name} handled job ${job}`);
    queue.taskDone();
  }
}

async function main(): Promise<number> {
  const queue = new asyncio.Queue<number>(2);
  const tasks = Array.from({ length: workers }, (_, i) =>
    asyncio.createTask(worker(`worker-${i + 1}`, queue), { name: `worker-${i + 1}` }),
  );
  for (let job = 1; job <= jobs.length; job++) await queue.put(job);
  await queue.join();
  for (const task of tasks) task.cancel();
  await asyncio.gather(...tasks, { returnExceptions: true });
  return jobs.length;
}

asyncio.run(main());
