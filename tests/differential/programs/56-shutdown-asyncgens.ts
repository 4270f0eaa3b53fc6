// asyncio.run() ends with loop.shutdownAsyncgens(): an async generator left suspended is closed,
// its finally block runs (and may await) in a task of its own. One that finished is not closed
// again; one never iterated never started. An error while closing goes to the exception handler
// with the generator under the "asyncgen" key.
import * as asyncio from "asyncio";

const kept: AsyncGenerator<unknown>[] = [];

class KeyError extends Error {
  override name = "KeyError";
}

async function* ticker(name: string): AsyncGenerator<number> {
  try {
    let n = 0;
    for (;;) {
      await asyncio.sleep(0.1);
      n += 1;
      yield n;
    }
  } finally {
    print(`${name} closing in ${asyncio.currentTask()!.getName()}`);
    await asyncio.sleep(0.5);
    print(`${name} closed`);
  }
}

async function* short(): AsyncGenerator<number> {
  try {
    yield 1;
  } finally {
    print("short finished by itself");
  }
}

async function* broken(): AsyncGenerator<string> {
  try {
    yield "first";
  } finally {
    // eslint-disable-next-line no-unsafe-finally -- the generator fails while it is being closed
    throw new KeyError("cleanup failed");
  }
}

function handler(loop: asyncio.AbstractEventLoop, context: asyncio.ExceptionContext): void {
  print("handler:", context.message);
  print("keys:", Object.keys(context).sort());
  print(
    "exception:",
    (context.exception as Error).name,
    "same generator:",
    context.asyncgen === kept[kept.length - 1],
  );
}

async function first(): Promise<void> {
  const gen = ticker("ticker");
  kept.push(gen);
  print("got", (await gen.next()).value, (await gen.next()).value);
  for await (const value of short()) print("short gave", value);
  kept.push(ticker("never iterated"));
  print("first main ends");
}

async function second(): Promise<void> {
  asyncio.getRunningLoop().setExceptionHandler(handler);
  const gen = broken();
  kept.push(gen);
  print("got", (await gen.next()).value);
}

asyncio.run(first());
print("after first run");
asyncio.run(second());
print("after second run");

async function who(): Promise<void> {
  print("third main is", asyncio.currentTask()!.getName());
}

asyncio.run(who());
