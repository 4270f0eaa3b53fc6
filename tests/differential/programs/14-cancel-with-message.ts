// Task.cancel(msg): the message travels with the CancelledError into the coroutine.
import * as asyncio from "asyncio";

async function worker(): Promise<void> {
  try {
    await asyncio.sleep(5);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`worker got ${e.name}: ${e.message}`);
    throw e;
  }
}

async function main(): Promise<void> {
  const task = asyncio.createTask(worker());
  await asyncio.sleep(0.5);
  task.cancel("shutting down");
  try {
    await task;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(`main: worker was cancelled (${e.message})`);
  }
  print(`cancelled? ${task.cancelled()}`);
  const fut = asyncio.getRunningLoop().createFuture();
  fut.cancel("no longer needed");
  try {
    fut.result();
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(`future result() raised ${e.name}: ${e.message}`);
  }
}

asyncio.run(main());
