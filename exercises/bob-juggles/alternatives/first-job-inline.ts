import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs } = world as { jobs: { name: string; wait: number }[] };

async function job(name: string, wait: number): Promise<void> {
  print(`Bob starts: ${name}`);
  await asyncio.sleep(wait);
  print(`Bob finishes: ${name}`);
}

async function main(): Promise<void> {
  // The other jobs run in tasks while main does the first job itself.
  const [first, ...rest] = jobs;
  const others = rest.map(({ name, wait }) => asyncio.createTask(job(name, wait)));
  await job(first.name, first.wait);
  await asyncio.wait(others);
  print("Bob's morning is over");
}

asyncio.run(main());
