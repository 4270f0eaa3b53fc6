// fails: main waits for both delays
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
  // Starts both tasks, then sleeps the longer delay instead of awaiting them.
  asyncio.createTask(delay(first));
  asyncio.createTask(delay(second));
  await asyncio.sleep(Math.max(first, second));
  return [first, second];
}

asyncio.run(main());
