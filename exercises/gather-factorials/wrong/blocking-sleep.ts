// fails: the factorials wait at the same time
import * as asyncio from "asyncio";
import * as time from "time";
import { world } from "looplab";

/** [name, number] pairs, for example [["A", 2], ["B", 3], ["C", 4]]. */
const jobs = world.jobs as [string, number][];

async function factorial(name: string, number: number): Promise<number> {
  let f = 1;
  for (let i = 2; i <= number; i++) {
    print(`Task ${name}: Compute factorial(${number}), currently i=${i}...`);
    time.sleep(1); // holds the loop: gather cannot run the others meanwhile
    await asyncio.sleep(0);
    f *= i;
  }
  print(`Task ${name}: factorial(${number}) = ${f}`);
  return f;
}

async function main(): Promise<number[]> {
  const results = await asyncio.gather(...jobs.map(([name, number]) => factorial(name, number)));
  print(results);
  return results;
}

asyncio.run(main());
