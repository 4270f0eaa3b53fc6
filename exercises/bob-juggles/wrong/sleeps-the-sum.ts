// fails: the morning lasts as long as the longest wait, not the sum
import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs } = world as { jobs: { name: string; wait: number }[] };

async function job(name: string, wait: number): Promise<void> {
  print(`Bob starts: ${name}`);
  await asyncio.sleep(wait);
  print(`Bob finishes: ${name}`);
}

async function main(): Promise<void> {
  // Waits for every job, then sits out the rest of the sum of the waits "to be safe".
  await asyncio.gather(...jobs.map(({ name, wait }) => job(name, wait)));
  await asyncio.sleep(jobs.reduce((sum, j) => sum + j.wait, 0) - Math.max(...jobs.map((j) => j.wait)));
  print("Bob's morning is over");
}

asyncio.run(main());
