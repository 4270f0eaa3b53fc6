// A task cancelled before it ever ran never starts its coroutine: no line of it runs.
import * as asyncio from "asyncio";

async function never(): Promise<number> {
  print("never runs");
  return 1;
}

async function main(): Promise<void> {
  const task = asyncio.createTask(never());
  print(`cancel() returned ${task.cancel()}`);
  print(`done right after cancel? ${task.done()}`);
  try {
    await task;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(`awaiting it raised ${e.name}`);
  }
  print(`cancelled? ${task.cancelled()}, done? ${task.done()}`);
  print(`cancel() again returned ${task.cancel()}`);
}

asyncio.run(main());
