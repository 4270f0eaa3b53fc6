// fails: Bob says his morning is over once, from main
import * as asyncio from "asyncio";
import { world } from "looplab";

const { jobs } = world as { jobs: { name: string; wait: number }[] };

async function job(name: string, wait: number): Promise<void> {
  print(`Bob starts: ${name}`);
  await asyncio.sleep(wait);
  print(`Bob finishes: ${name}`);
}

async function main(): Promise<void> {
  // The last line comes from a task of its own instead of from main.
  await asyncio.gather(...jobs.map(({ name, wait }) => job(name, wait)));
  await asyncio.createTask((async () => print("Bob's morning is over"))());
}

asyncio.run(main());
