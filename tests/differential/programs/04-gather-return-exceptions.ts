// gather(..., { returnExceptions: true }) puts exceptions among the results instead of raising.
import * as asyncio from "asyncio";

class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ValueError";
  }
}

async function job(name: string, delay: number, fail: boolean): Promise<string> {
  await asyncio.sleep(delay);
  if (fail) {
    print(`${name} fails`);
    throw new ValueError(`${name} broke`);
  }
  print(`${name} succeeds`);
  return name.toUpperCase();
}

async function main(): Promise<void> {
  const results = await asyncio.gather(job("one", 2, false), job("two", 1, true), job("three", 3, false), {
    returnExceptions: true,
  });
  for (const result of results) {
    if (result instanceof Error) {
      print(`error ${result.name}: ${result.message}`);
    } else {
      print(`value ${result}`);
    }
  }
}

asyncio.run(main());
