// allTasks() returns the loop's tasks that are not done yet, including the current one.
import * as asyncio from "asyncio";

async function worker(delay: number): Promise<void> {
  await asyncio.sleep(delay);
}

function names(): string {
  return [...asyncio.allTasks()]
    .map((task) => task.getName())
    .sort()
    .join(", ");
}

async function main(): Promise<void> {
  print(`alone: ${names()}`);
  const tasks = [1, 2, 3].map((d) => asyncio.createTask(worker(d)));
  print(`after create_task: ${names()}`);
  await asyncio.sleep(1.5);
  print(`at 1.5: ${names()}`);
  await asyncio.gather(...tasks);
  print(`after gather: ${names()}`);
}

asyncio.run(main());
