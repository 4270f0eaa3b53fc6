// The same three status checks with an async client (like aiohttp): get() is a coroutine that
// waits for the network without holding the loop, so the three requests wait side by side.
import * as asyncio from "asyncio";
import * as time from "time";
import { http } from "services";

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
  const response = await http.get("http://www.example.com"); // waits; the loop runs the others
  return response.status;
});

const main = asyncTimed(async function main(): Promise<void> {
  const statuses = await asyncio.gather(fetch(), fetch(), fetch());
  print(`statuses: [${statuses.join(", ")}]`);
});

asyncio.run(main());
