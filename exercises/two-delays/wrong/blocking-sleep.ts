// fails: the delays wait at the same time
import * as asyncio from "asyncio";
import * as time from "time";
import { world } from "looplab";

const [first, second] = world.delays as [number, number];

async function delay(seconds: number): Promise<number> {
  print(`sleeping for ${seconds} second(s)`);
  time.sleep(seconds);
  print(`finished sleeping for ${seconds} second(s)`);
  return seconds;
}

async function main(): Promise<number[]> {
  return await asyncio.gather(delay(first), delay(second));
}

asyncio.run(main());
