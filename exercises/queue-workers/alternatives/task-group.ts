import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs, workers } = world as { jobs: number[]; workers: number };

/** Does job `job` (numbered from 1): a wait of the job's length. */
async function handle(job: number): Promise<void> {
  await asyncio.sleep(jobs[job - 1]);
}

const STOP = Symbol("stop");

async function worker(
  name: string,
  queue: asyncio.Queue<number | typeof STOP>,
  done: number[],
): Promise<void> {
  for (let job = await queue.get(); job !== STOP; job = await queue.get()) {
    await handle(job);
    print(`${name} handled job ${job}`);
    done.push(job);
  }
}

async function producer(queue: asyncio.Queue<number | typeof STOP>): Promise<void> {
  for (const [index] of jobs.entries()) await queue.put(index + 1);
  for (let n = 0; n < workers; n++) await queue.put(STOP);
}

async function main(): Promise<number> {
  const queue = new asyncio.Queue<number | typeof STOP>(2);
  const done: number[] = [];
  // The group ends when the producer and every worker have ended.
  await asyncio.TaskGroup.run(async (tg) => {
    for (let n = 1; n <= workers; n++)
      tg.createTask(worker(`worker-${n}`, queue, done), { name: `worker-${n}` });
    tg.createTask(producer(queue));
  });
  return done.length;
}

asyncio.run(main());
