// An async generator produces values with awaits in between; for await consumes it to the end,
// and its finally block runs when it is exhausted.
import * as asyncio from "asyncio";

async function* countdown(name: string, start: number, delay: number): AsyncGenerator<string> {
  try {
    for (let i = start; i > 0; i--) {
      await asyncio.sleep(delay);
      yield `${name} ${i}`;
    }
  } finally {
    print(`${name} generator closed`);
  }
}

async function consume(name: string, start: number, delay: number): Promise<string> {
  for await (const value of countdown(name, start, delay)) {
    print(`got ${value} at ${asyncio.getRunningLoop().time().toFixed(1)}`);
  }
  return name;
}

async function main(): Promise<void> {
  const done = await asyncio.gather(consume("fast", 3, 0.5), consume("slow", 2, 1));
  print(done);
}

asyncio.run(main());
