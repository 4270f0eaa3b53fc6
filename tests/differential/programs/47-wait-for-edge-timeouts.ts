// waitFor with timeout null just awaits; with timeout 0 (CPython 3.11) a coroutine is wrapped
// in a task that is cancelled before it starts, so it raises TimeoutError without running it,
// while an awaitable that is already done returns its result.
import * as asyncio from "asyncio";

async function work(name: string): Promise<string> {
  print(`${name} runs`);
  await asyncio.sleep(1);
  return name;
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  print(`none: ${await asyncio.waitFor(work("unbounded"), null)} at ${loop.time().toFixed(1)}`);
  try {
    await asyncio.waitFor(work("zero"), 0);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(`zero: ${e.name} at ${loop.time().toFixed(1)}`);
  }
  const finished = asyncio.createTask(work("finished"));
  await finished;
  print(`done task: ${await asyncio.waitFor(finished, 0)} at ${loop.time().toFixed(1)}`);
}

asyncio.run(main());
