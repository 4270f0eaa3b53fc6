// fails: the jobs wait at the same time
import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs } = world as { jobs: { name: string; wait: number }[] };

async function job(name: string, wait: number): Promise<void> {
  print(`Bob starts: ${name}`);
  await asyncio.sleep(wait);
  print(`Bob finishes: ${name}`);
}

async function main(): Promise<void> {
  // Concurrent, but only half of the jobs at a time.
  const half = Math.ceil(jobs.length / 2);
  await asyncio.gather(...jobs.slice(0, half).map(({ name, wait }) => job(name, wait)));
  await asyncio.gather(...jobs.slice(half).map(({ name, wait }) => job(name, wait)));
  print("Bob's morning is over");
}

asyncio.run(main());
