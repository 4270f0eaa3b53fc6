// Two ways to give up on a slow operation. waitFor() wraps one awaitable; timeout() puts a
// deadline on a whole block of code. Either way the work is cancelled (its finally block runs)
// and the caller gets a TimeoutError.
import * as asyncio from "asyncio";

async function fetch(name: string, seconds: number): Promise<string> {
  try {
    await asyncio.sleep(seconds);
    return `${name} after ${seconds} s`;
  } finally {
    print(`${name}: connection closed`);
  }
}

async function main(): Promise<void> {
  print(await asyncio.waitFor(fetch("fast", 0.5), 1));
  try {
    await asyncio.waitFor(fetch("slow", 5), 1);
  } catch (error) {
    if (!(error instanceof asyncio.TimeoutError)) throw error;
    print("slow: gave up after 1 s");
  }

  try {
    await asyncio.timeout(2, async () => {
      print(await fetch("first", 1.5));
      print(await fetch("second", 1.5)); // the deadline falls in the middle of this one
    });
  } catch (error) {
    if (!(error instanceof asyncio.TimeoutError)) throw error;
    print("the block ran out of time");
  }
}

asyncio.run(main());
