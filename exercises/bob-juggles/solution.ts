import * as asyncio from "asyncio";
import { world } from "looplab";

async function job(name: string, wait: number): Promise<void> {
  print(`Bob starts: ${name}`);
  await asyncio.sleep(wait);
  print(`Bob finishes: ${name}`);
}

async function main(): Promise<void> {
  const jobs: { name: string; wait: number }[] = world.jobs;

  // Start every job at once; gather waits until the last one is done.
  await asyncio.gather(...jobs.map(({ name, wait }) => job(name, wait)));
  print("Bob's morning is over");
}

asyncio.run(main());
