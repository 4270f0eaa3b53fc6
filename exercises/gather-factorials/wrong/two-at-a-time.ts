// fails: the factorials wait at the same time
import * as asyncio from "asyncio";
import { world } from "looplab";

/** [name, number] pairs, for example [["A", 2], ["B", 3], ["C", 4]]. */
const jobs = world.jobs as [string, number][];

async function factorial(name: string, number: number): Promise<number> {
  let f = 1;
  for (let i = 2; i <= number; i++) {
    print(`Task ${name}: Compute factorial(${number}), currently i=${i}...`);
    await asyncio.sleep(1);
    f *= i;
  }
  print(`Task ${name}: factorial(${number}) = ${f}`);
  return f;
}

async function main(): Promise<number[]> {
  // Concurrent, but only two jobs at a time.
  const results: number[] = [];
  for (let i = 0; i < jobs.length; i += 2) {
    results.push(...(await asyncio.gather(...jobs.slice(i, i + 2).map(([name, n]) => factorial(name, n)))));
  }
  print(results);
  return results;
}

asyncio.run(main());
