// The same worker, written the way TypeScript code should be: the catch-all lets CancelledError
// through, which is what Python's "except Exception:" does without being asked.
import * as asyncio from "asyncio";

async function worker(): Promise<void> {
  for (let job = 1; job <= 4; job++) {
    try {
      await asyncio.sleep(1);
      if (job === 2) throw new Error(`job ${job} failed`);
      print(`job ${job} done`);
    } catch (error) {
      if (error instanceof asyncio.CancelledError) throw error; // not ours to handle: pass it on
      print(`worker: caught ${(error as Error).message}, carrying on`);
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
