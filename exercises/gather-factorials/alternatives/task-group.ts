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
  const tasks: asyncio.Task<number>[] = [];
  await new asyncio.TaskGroup().run(async (group) => {
    for (const [name, number] of jobs) tasks.push(group.createTask(factorial(name, number)));
  });
  const results = tasks.map((task) => task.result());
  print(results);
  return results;
}

asyncio.run(main());
