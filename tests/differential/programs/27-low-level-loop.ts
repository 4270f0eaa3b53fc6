// The low-level API: newEventLoop(), runUntilComplete() (which wraps a coroutine in a task
// and returns its result), loop.createTask(), isRunning(), close(), isClosed().
import * as asyncio from "asyncio";

async function compute(x: number, delay: number): Promise<number> {
  const loop = asyncio.getRunningLoop();
  print(`compute(${x}) in ${asyncio.currentTask()!.getName()}, running? ${loop.isRunning()}`);
  await asyncio.sleep(delay);
  return x * x;
}

const loop = asyncio.newEventLoop();
print(`running? ${loop.isRunning()}, closed? ${loop.isClosed()}`);
print(`result ${loop.runUntilComplete(compute(3, 1))} at ${loop.time().toFixed(1)}`);
const task = loop.createTask(compute(4, 0.5));
const other = loop.createTask(compute(5, 2));
print(`task result ${loop.runUntilComplete(task)} at ${loop.time().toFixed(1)}`);
print(`other done? ${other.done()}`);
print(`other result ${loop.runUntilComplete(other)} at ${loop.time().toFixed(1)}`);
loop.close();
print(`closed? ${loop.isClosed()}`);
const coro = compute(6, 0);
try {
  loop.runUntilComplete(coro);
} catch (e) {
  if (!(e instanceof Error)) throw e;
  print(`${e.name}: ${e.message}`);
}
coro.close();
