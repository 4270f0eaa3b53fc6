// fails: the worker task ends cancelled
import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs, corrupt, cancelAfter } = world as { jobs: number[]; corrupt: number[]; cancelAfter: number };

// Each job takes a second of waiting; a corrupt job fails at the end of it.
async function process(job: number): Promise<void> {
  print(`processing job ${job}`);
  await asyncio.sleep(1);
  if (corrupt.includes(job)) throw new Error(`job ${job} is corrupt`);
  print(`job ${job} done`);
}

async function worker(): Promise<void> {
  try {
    for (const job of jobs) {
      try {
        await process(job);
      } catch (error) {
        if (error instanceof asyncio.CancelledError) throw error; // stop: we were cancelled
        print(`job ${job} failed (${error}), moving on`);
      }
    }
  } finally {
    print("worker: closing up");
  }
}

async function main(): Promise<void> {
  const task = asyncio.createTask(worker());
  await asyncio.sleep(cancelAfter);
  task.cancel(); // asks, but never awaits the worker
  print("main: the worker was cancelled");
}

asyncio.run(main());
