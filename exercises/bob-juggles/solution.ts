import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs } = world as { jobs: { name: string; wait: number }[] };

async function job(name: string, wait: number): Promise<void> {
  print(`Bob starts: ${name}`);
  await asyncio.sleep(wait);
  print(`Bob finishes: ${name}`);
}

async function main(): Promise<void> {
  // Start every job at once; gather waits until the last one is done.
  await asyncio.gather(...jobs.map(({ name, wait }) => job(name, wait)));
  print("Bob's morning is over");
}

asyncio.run(main());
