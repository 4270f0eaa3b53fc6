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
  // The second delay runs in a task while main waits through the first one itself.
  const t = asyncio.createTask(delay(second));
  const a = await delay(first);
  const b = await t;
  return [a, b];
}

asyncio.run(main());
