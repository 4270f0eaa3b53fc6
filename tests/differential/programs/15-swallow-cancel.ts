// A coroutine that catches CancelledError and returns normally: the task is not cancelled,
// it finishes with the returned value.
import * as asyncio from "asyncio";

async function stubborn(): Promise<string> {
  try {
    await asyncio.sleep(10);
    return "finished";
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("stubborn caught the cancellation and carries on");
  }
  await asyncio.sleep(1);
  print("stubborn returns");
  return "recovered";
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const task = asyncio.createTask(stubborn());
  await asyncio.sleep(2);
  task.cancel();
  const result = await task;
  print(`result ${result} at ${loop.time().toFixed(1)}`);
  print(`cancelled? ${task.cancelled()}, done? ${task.done()}`);
}

asyncio.run(main());
