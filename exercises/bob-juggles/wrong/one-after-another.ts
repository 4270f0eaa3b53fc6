// fails: every job starts before any job finishes
import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs } = world as { jobs: { name: string; wait: number }[] };

async function job(name: string, wait: number): Promise<void> {
  print(`Bob starts: ${name}`);
  await asyncio.sleep(wait);
  print(`Bob finishes: ${name}`);
}

async function main(): Promise<void> {
  // Right lines, wrong concurrency: each job is awaited before the next one starts.
  for (const { name, wait } of jobs) {
    await asyncio.createTask(job(name, wait));
  }
  print("Bob's morning is over");
}

asyncio.run(main());
