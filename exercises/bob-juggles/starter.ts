import * as asyncio from "asyncio";
import { world } from "looplab";

// Bob's jobs for today, for example { name: "answer the phone", wait: 1 }.
const { jobs } = world as { jobs: { name: string; wait: number }[] };

// One of Bob's jobs: he starts it, waits (on hold, for a reply, for a visitor),
// and finishes it. Don't change this function.
async function job(name: string, wait: number): Promise<void> {
  print(`Bob starts: ${name}`);
  await asyncio.sleep(wait);
  print(`Bob finishes: ${name}`);
}

async function main(): Promise<void> {
  // One after another: every wait adds to the morning.
  for (const { name, wait } of jobs) {
    await job(name, wait);
  }
  print("Bob's morning is over");
}

asyncio.run(main());
