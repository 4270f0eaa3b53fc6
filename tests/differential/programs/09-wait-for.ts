// waitFor returns the result in time, or cancels the inner awaitable and raises TimeoutError
// once the inner one has finished cancelling (its finally block runs first).
import * as asyncio from "asyncio";

async function work(name: string, delay: number): Promise<string> {
  print(`${name} starts`);
  try {
    await asyncio.sleep(delay);
    print(`${name} finishes`);
    return `${name} result`;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`${name} cancelled`);
    throw e;
  } finally {
    print(`${name} cleans up`);
  }
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const result = await asyncio.waitFor(work("quick", 1), 2);
  print(`got ${result} at ${loop.time().toFixed(1)}`);
  try {
    await asyncio.waitFor(work("slow", 5), 2);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(`${e.name} at ${loop.time().toFixed(1)}`);
  }
  const task = asyncio.createTask(work("task", 5));
  try {
    await asyncio.waitFor(task, 0.5);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(`${e.name} at ${loop.time().toFixed(1)}`);
  }
  print(`task cancelled? ${task.cancelled()}`);
}

asyncio.run(main());
