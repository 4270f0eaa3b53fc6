// fails: the factorials wait at the same time
import * as asyncio from "asyncio";
import { world } from "looplab";

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
  const results: number[] = [];
  for (const [name, number] of jobs) results.push(await asyncio.createTask(factorial(name, number)));
  print(results);
  return results;
}

asyncio.run(main());
