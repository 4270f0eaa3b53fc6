// fails: main waits for every job to finish
import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs } = world as { jobs: { name: string; wait: number }[] };

async function job(name: string, wait: number): Promise<void> {
  print(`Bob starts: ${name}`);
  await asyncio.sleep(wait);
  print(`Bob finishes: ${name}`);
}

async function main(): Promise<void> {
  // Starts every job, then sleeps as long as the longest one instead of awaiting them.
  for (const { name, wait } of jobs) asyncio.createTask(job(name, wait));
  await asyncio.sleep(Math.max(...jobs.map((j) => j.wait)));
  print("Bob's morning is over");
}

asyncio.run(main());
