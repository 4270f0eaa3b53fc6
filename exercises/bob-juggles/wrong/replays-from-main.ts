// fails: the jobs run in separate tasks
import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs } = world as { jobs: { name: string; wait: number }[] };

async function main(): Promise<void> {
  // Prints the right lines at the right times, but Bob never juggles anything.
  for (const { name } of jobs) print(`Bob starts: ${name}`);
  const byWait = [...jobs].sort((a, b) => a.wait - b.wait);
  let now = 0;
  for (const { name, wait } of byWait) {
    await asyncio.sleep(wait - now);
    now = wait;
    print(`Bob finishes: ${name}`);
  }
  print("Bob's morning is over");
}

asyncio.run(main());
