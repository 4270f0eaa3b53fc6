// A worker that keeps going when a job fails, with a catch-all. In TypeScript a bare catch
// catches everything, CancelledError included, so this worker also "survives" being cancelled.
import * as asyncio from "asyncio";

async function worker(): Promise<void> {
  for (let job = 1; job <= 4; job++) {
    try {
      await asyncio.sleep(1);
      if (job === 2) throw new Error(`job ${job} failed`);
      print(`job ${job} done`);
    } catch (error) {
      const what = error instanceof asyncio.CancelledError ? "a cancellation" : (error as Error).message;
      print(`worker: caught ${what}, carrying on`);
    }
  }
}

async function main(): Promise<void> {
  const task = asyncio.createTask(worker());
  await asyncio.sleep(2.5);
  print("main: cancelling the worker");
  task.cancel();
  await asyncio.wait([task]);
  print(`main: worker cancelled? ${task.cancelled()}`);
}

asyncio.run(main());
