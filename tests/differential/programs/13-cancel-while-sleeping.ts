// Cancelling a sleeping task throws CancelledError at its await; the awaiter sees it at once.
import * as asyncio from "asyncio";

async function sleeper(): Promise<void> {
  print("sleeper goes to sleep for 10");
  try {
    await asyncio.sleep(10);
    print("sleeper woke normally");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print(`sleeper cancelled at ${asyncio.getRunningLoop().time().toFixed(1)}`);
    }
    throw e;
  }
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const task = asyncio.createTask(sleeper());
  await asyncio.sleep(1);
  task.cancel();
  print(`cancel requested, done? ${task.done()}`);
  try {
    await task;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(`main saw the cancellation at ${loop.time().toFixed(1)}`);
  }
  print(`cancelled? ${task.cancelled()}`);
}

asyncio.run(main());
