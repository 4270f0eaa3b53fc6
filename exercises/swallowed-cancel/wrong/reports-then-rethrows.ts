// fails: the cancellation is not reported as a failed job
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
        print(`job ${job} failed (${error}), moving on`); // reports the cancellation as a failure
        if (error instanceof asyncio.CancelledError) throw error;
      }
    }
  } finally {
    print("worker: closing up");
  }
}

async function main(): Promise<void> {
  const task = asyncio.createTask(worker());
  await asyncio.sleep(cancelAfter);
  task.cancel();
  try {
    await task;
    print("main: the worker finished on its own");
  } catch (error) {
    if (!(error instanceof asyncio.CancelledError)) throw error;
    print("main: the worker was cancelled");
  }
}

asyncio.run(main());
