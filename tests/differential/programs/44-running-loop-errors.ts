// getRunningLoop() outside a running loop, a task awaiting itself, and asyncio.run() inside
// a running loop are errors with asyncio's own messages.
import * as asyncio from "asyncio";

async function nothing(): Promise<null> {
  return null;
}

async function awaitSelf(): Promise<void> {
  await asyncio.currentTask()!;
}

async function main(): Promise<void> {
  const task = asyncio.createTask(awaitSelf());
  try {
    await task;
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    // The rest of the message is the task's repr.
    print(`${e.name}: ${e.message.split(":")[0]}`);
  }
  const coro = nothing();
  try {
    asyncio.run(coro);
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    print(`${e.name}: ${e.message}`);
  }
  coro.close();
}

try {
  asyncio.getRunningLoop();
} catch (e) {
  if (!(e instanceof Error)) throw e;
  print(`${e.name}: ${e.message}`);
}
asyncio.run(main());
