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
  const a = await delay(first);
  const b = await delay(second);
  return [a, b];
}

asyncio.run(main());
