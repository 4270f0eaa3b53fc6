// fails: main returns the results in the order of the jobs
import * as asyncio from "asyncio";
import { world } from "looplab";

const jobs = world.jobs as [string, number][];
const finished: number[] = [];

async function factorial(name: string, number: number): Promise<number> {
  let f = 1;
  for (let i = 2; i <= number; i++) {
    print(`Task ${name}: Compute factorial(${number}), currently i=${i}...`);
    await asyncio.sleep(1);
    f *= i;
  }
  print(`Task ${name}: factorial(${number}) = ${f}`);
  finished.push(f);
  return f;
}

async function main(): Promise<number[]> {
  const results = await asyncio.gather(...jobs.map(([name, number]) => factorial(name, number)));
  print(results);
  // Returns the results in the order the tasks finished instead of the order of the jobs.
  return finished;
}

asyncio.run(main());
