// Without returnExceptions, gather raises the first exception at once; the other awaitables
// are not cancelled and keep running.
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
  return name;
}

async function main(): Promise<void> {
  const first = asyncio.createTask(job("first", 1, false));
  const second = asyncio.createTask(job("second", 2, true));
  const third = asyncio.createTask(job("third", 3, false));
  try {
    await asyncio.gather(first, second, third);
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print(`gather raised ${e.name}: ${e.message}`);
  }
  print(`third done? ${third.done()}`);
  await asyncio.sleep(2);
  print(`third done? ${third.done()}, result ${third.result()}`);
}

asyncio.run(main());
