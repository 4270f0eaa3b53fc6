// Cancelling a task that is awaiting another task cancels the awaited task too (the cancel goes
// to the future the task waits on), and the CancelledError comes back up through both.
import * as asyncio from "asyncio";

async function inner(): Promise<void> {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("inner cancelled");
    throw e;
  }
}

async function outer(innerTask: asyncio.Task<void>): Promise<void> {
  try {
    await innerTask;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("outer cancelled");
    throw e;
  }
}

async function main(): Promise<void> {
  const innerTask = asyncio.createTask(inner());
  const outerTask = asyncio.createTask(outer(innerTask));
  await asyncio.sleep(1);
  outerTask.cancel();
  await asyncio.gather(outerTask, innerTask, { returnExceptions: true });
  print(`outer cancelled? ${outerTask.cancelled()}`);
  print(`inner cancelled? ${innerTask.cancelled()}`);
}

asyncio.run(main());
