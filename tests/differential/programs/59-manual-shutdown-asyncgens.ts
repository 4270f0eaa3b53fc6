// A loop driven by hand closes the async generators left suspended when the program calls
// loop.shutdownAsyncgens(), as asyncio.run() does for its own loop; one first iterated after that
// call is closed by the next call.
import * as asyncio from "asyncio";

const kept: AsyncGenerator<number>[] = [];

async function* numbers(name: string): AsyncGenerator<number> {
  try {
    for (let i = 0; i < 100; i++) {
      yield i;
      await asyncio.sleep(0.25);
    }
  } finally {
    print(`${name} closing at ${asyncio.getRunningLoop().time().toFixed(2)}`);
  }
}

async function take(name: string, count: number): Promise<void> {
  const gen = numbers(name);
  kept.push(gen);
  const values: number[] = [];
  for (let i = 0; i < count; i++) values.push((await gen.next()).value as number);
  print(name, "took", values);
}

const loop = asyncio.newEventLoop();
loop.runUntilComplete(take("first", 3));
print("shutting down at", loop.time());
loop.runUntilComplete(loop.shutdownAsyncgens());
loop.runUntilComplete(take("late", 2));
print("shutting down again at", loop.time());
loop.runUntilComplete(loop.shutdownAsyncgens());
loop.close();
print("closed");
