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
  const tasks = jobs.map(([name, number]) => asyncio.createTask(factorial(name, number)));
  const results: number[] = [];
  for (const task of tasks) results.push(await task);
  print(results);
  return results;
}

asyncio.run(main());
