// TaskGroup: an error raised by the block itself cancels the children and joins the group's
// errors; cancelling the task that runs the block cancels the children and propagates.
import * as asyncio from "asyncio";

class KeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "KeyError";
  }
}

async function child(name: string, delay: number): Promise<void> {
  try {
    await asyncio.sleep(delay);
    print(`${name} finished`);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print(`${name} cancelled at ${asyncio.getRunningLoop().time().toFixed(1)}`);
    }
    throw e;
  }
}

async function blockFails(): Promise<void> {
  await asyncio.TaskGroup.run(async (tg) => {
    tg.createTask(child("c1", 5));
    await asyncio.sleep(1);
    throw new KeyError("oops");
  });
}

async function parent(): Promise<void> {
  await asyncio.TaskGroup.run(async (tg) => {
    tg.createTask(child("c2", 5));
    tg.createTask(child("c3", 0.5));
  });
}

async function main(): Promise<void> {
  try {
    await blockFails();
  } catch (e) {
    if (!(e instanceof asyncio.ExceptionGroup)) throw e;
    print(`${e.name}: ${e.message}`);
    print(`  ${(e.exceptions[0] as Error).name}`);
  }
  const task = asyncio.createTask(parent());
  await asyncio.sleep(2);
  task.cancel();
  try {
    await task;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(`parent cancelled: ${task.cancelled()}`);
  }
}

asyncio.run(main());
