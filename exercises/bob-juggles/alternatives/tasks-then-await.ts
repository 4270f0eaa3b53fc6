import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs } = world as { jobs: { name: string; wait: number }[] };

async function job(name: string, wait: number): Promise<void> {
  print(`Bob starts: ${name}`);
  await asyncio.sleep(wait);
  print(`Bob finishes: ${name}`);
}

async function main(): Promise<void> {
  // Start a task per job, then await them one by one: they all wait meanwhile.
  const tasks = jobs.map(({ name, wait }) => asyncio.createTask(job(name, wait)));
  for (const task of tasks) await task;
  print("Bob's morning is over");
}

asyncio.run(main());
