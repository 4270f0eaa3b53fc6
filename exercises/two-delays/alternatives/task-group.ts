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
  let one: asyncio.Task<number> | undefined;
  let two: asyncio.Task<number> | undefined;
  await new asyncio.TaskGroup().run(async (group) => {
    one = group.createTask(delay(first));
    two = group.createTask(delay(second));
  });
  return [one!.result(), two!.result()];
}

asyncio.run(main());
