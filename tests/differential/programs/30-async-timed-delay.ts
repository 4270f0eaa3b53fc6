// From Python Concurrency with Asyncio: an asyncTimed() decorator around two delay() tasks of 2 s and 3 s; they
// run concurrently, so main finishes after 3 s, not 5 s. (Functions print by name instead of
// their repr, which holds a memory address.)
import * as asyncio from "asyncio";
import * as time from "time";

function asyncTimed<A extends unknown[], R>(func: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async function wrapped(...args: A): Promise<R> {
    print("starting", func.name, "with args", args);
    const start = time.time();
    try {
      return await func(...args);
    } finally {
      const end = time.time();
      const total = end - start;
      print(`finished ${func.name} in ${total.toFixed(4)} second(s)`);
    }
  };
}

const delay = asyncTimed(async function delay(delaySeconds: number): Promise<number> {
  print(`sleeping for ${delaySeconds} second(s)`);
  await asyncio.sleep(delaySeconds);
  print(`finished sleeping for ${delaySeconds} second(s)`);
  return delaySeconds;
});

const main = asyncTimed(async function main(): Promise<void> {
  const taskOne = asyncio.createTask(delay(2));
  const taskTwo = asyncio.createTask(delay(3));

  await taskOne;
  await taskTwo;
});

asyncio.run(main());
