// The async_timed decorator of Python Concurrency with Asyncio, in TypeScript: a function that
// takes an async function and returns a new one that prints when it starts, when it finishes and
// how long it took. Two delays of 2 s and 3 s run as tasks, so main takes 3 s, not 5.
import * as asyncio from "asyncio";
import * as time from "time";

function asyncTimed<A extends unknown[], T>(func: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return async function wrapped(...args: A): Promise<T> {
    print(`starting ${func.name} with args [${args.join(", ")}]`);
    const start = time.time();
    try {
      return await func(...args);
    } finally {
      const total = time.time() - start;
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
