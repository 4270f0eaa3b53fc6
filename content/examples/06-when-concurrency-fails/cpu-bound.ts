// Two CPU-bound tasks: created together, but each counts without ever awaiting, so the loop can't
// switch between them. They run one after the other and main takes the sum of their times.
import * as asyncio from "asyncio";
import * as time from "time";

function asyncTimed<A extends unknown[], T>(func: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return async function wrapped(...args: A): Promise<T> {
    print(`starting ${func.name} with args [${args.join(", ")}]`);
    const start = time.time();
    try {
      return await func(...args);
    } finally {
      print(`finished ${func.name} in ${(time.time() - start).toFixed(4)} second(s)`);
    }
  };
}

const crunch = asyncTimed(async function crunch(): Promise<number> {
  let counter = 0;
  for (let i = 0; i < 3_000_000; i++) {
    counter = counter + 1; // no await anywhere: this task keeps the loop until it is done
  }
  return counter;
});

const main = asyncTimed(async function main(): Promise<void> {
  const taskOne = asyncio.createTask(crunch());
  const taskTwo = asyncio.createTask(crunch());
  await taskOne;
  await taskTwo;
});

asyncio.run(main());
