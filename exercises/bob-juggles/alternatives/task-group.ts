import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs } = world as { jobs: { name: string; wait: number }[] };

async function job(name: string, wait: number): Promise<void> {
  print(`Bob starts: ${name}`);
  await asyncio.sleep(wait);
  print(`Bob finishes: ${name}`);
}

async function main(): Promise<void> {
  // A TaskGroup waits for every task created in it before run() returns.
  await new asyncio.TaskGroup().run(async (group) => {
    for (const { name, wait } of jobs) group.createTask(job(name, wait));
  });
  print("Bob's morning is over");
}

asyncio.run(main());
