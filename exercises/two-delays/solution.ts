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
  const taskOne = asyncio.createTask(delay(first));
  const taskTwo = asyncio.createTask(delay(second));
  const a = await taskOne;
  const b = await taskTwo;
  return [a, b];
}

asyncio.run(main());
