// Cancelling a task: the loop throws CancelledError into the coroutine at the
// await where it is paused. finally blocks run, and the error keeps going up.
import * as asyncio from "asyncio";

async function worker(): Promise<void> {
  try {
    print("worker: starting a 10 second job");
    await asyncio.sleep(10);
    print("worker: job finished"); // never printed
  } catch (error) {
    print("worker: caught", error);
    throw error; // let the cancellation continue on its way
  } finally {
    print("worker: cleaning up");
  }
}

async function main(): Promise<void> {
  const task = asyncio.createTask(worker());
  await asyncio.sleep(1);
  print("main: cancelling the worker");
  task.cancel();
  try {
    await task;
  } catch (error) {
    print("main: awaiting the task raised", error);
  }
  print("main: task.cancelled() is", task.cancelled());
}

asyncio.run(main());
