// fails: both delays start before either finishes
import * as asyncio from "asyncio";
import { world } from "looplab";

const [first, second] = world.delays as [number, number];

async function delay(seconds: number): Promise<number> {
  print(`sleeping for ${seconds} second(s)`);
  await asyncio.sleep(seconds);
  print(`finished sleeping for ${seconds} second(s)`);
  return seconds;
}

async function main(): Promise<number[]> {
  // Each task is awaited as soon as it is created, so the second starts only after the first ends.
  const a = await asyncio.createTask(delay(first));
  const b = await asyncio.createTask(delay(second));
  return [a, b];
}

asyncio.run(main());
