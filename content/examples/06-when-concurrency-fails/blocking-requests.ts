// Three status checks with a blocking HTTP client (like Python's requests). Each get() holds the
// loop's only thread until the answer arrives, so the three tasks run one after the other.
import * as asyncio from "asyncio";
import * as time from "time";
import { requests } from "services";

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

const fetch = asyncTimed(async function fetch(): Promise<number> {
  return requests.get("http://www.example.com").statusCode; // blocks: no await, no other task runs
});

const main = asyncTimed(async function main(): Promise<void> {
  const task1 = asyncio.createTask(fetch());
  const task2 = asyncio.createTask(fetch());
  const task3 = asyncio.createTask(fetch());
  await task1;
  await task2;
  await task3;
});

asyncio.run(main());
