// Timers with equal deadlines fire in the order they were scheduled.
import * as asyncio from "asyncio";

async function worker(name: string, delays: number[]): Promise<void> {
  for (const delay of delays) {
    print(`${name} sleeps ${delay}`);
    await asyncio.sleep(delay);
  }
  print(`${name} wakes`);
}

async function main(): Promise<void> {
  const tasks = [
    asyncio.createTask(worker("a", [1])),
    asyncio.createTask(worker("b", [0.5, 0.5])),
    asyncio.createTask(worker("c", [1])),
    asyncio.createTask(worker("d", [0.25, 0.75])),
  ];
  for (const task of tasks) {
    await task;
  }
  print("all awake");
}

asyncio.run(main());
