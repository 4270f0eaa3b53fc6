// fails: Bob's morning is over only after the last job is done
import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs } = world as { jobs: { name: string; wait: number }[] };

async function job(name: string, wait: number): Promise<void> {
  print(`Bob starts: ${name}`);
  await asyncio.sleep(wait);
  print(`Bob finishes: ${name}`);
}

async function main(): Promise<void> {
  // Starts the jobs, lets them begin, and declares the morning over at once.
  const tasks = jobs.map(({ name, wait }) => asyncio.createTask(job(name, wait)));
  await asyncio.sleep(0);
  print("Bob's morning is over");
  await asyncio.gather(...tasks);
}

asyncio.run(main());
