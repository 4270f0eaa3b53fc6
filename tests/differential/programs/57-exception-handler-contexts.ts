// What the loop's exception handler receives, by where the error happened: a callback's error
// comes with its "handle"; a task that fails while asyncio.run() cancels it at shutdown comes with
// the "task" (not "future").
import * as asyncio from "asyncio";

class ZeroDivisionError extends Error {
  override name = "ZeroDivisionError";
}
class LookupError extends Error {
  override name = "LookupError";
}

const leftovers: asyncio.Task[] = [];

function handler(loop: asyncio.AbstractEventLoop, context: asyncio.ExceptionContext): void {
  print("handler:", context.message.split(" at ")[0]);
  print("  keys:", Object.keys(context).sort());
  const exception = context.exception as Error;
  print("  exception:", exception.name, exception.message);
  if (context.task !== undefined) {
    print("  task:", context.task.getName(), "is the leftover:", context.task === leftovers[0]);
  }
}

function broken(n: number): void {
  throw new ZeroDivisionError(`callback ${n} divided by zero`);
}

async function stubborn(): Promise<void> {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    await asyncio.sleep(0.5);
    throw new LookupError("cleanup went wrong");
  }
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  loop.setExceptionHandler(handler);
  loop.callSoon(broken, 1);
  loop.callLater(0.2, broken, 2);
  leftovers.push(asyncio.createTask(stubborn(), { name: "stubborn" }));
  await asyncio.sleep(0.3);
  print("main returns at", loop.time());
}

asyncio.run(main());
print("done");
