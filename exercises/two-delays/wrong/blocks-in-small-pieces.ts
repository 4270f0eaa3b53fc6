// fails: nothing holds the loop while the delays wait
import * as asyncio from "asyncio";
import * as time from "time";
import { world } from "looplab";

const [first, second] = world.delays as [number, number];

async function delay(seconds: number): Promise<number> {
  print(`sleeping for ${seconds} second(s)`);
  await asyncio.sleep(0);
  // Sleeps in slices of 0.05 s, each short, but every slice holds the loop.
  for (let waited = 0; waited < seconds - 1e-9; waited += 0.05) time.sleep(0.05);
  print(`finished sleeping for ${seconds} second(s)`);
  return seconds;
}

async function main(): Promise<number[]> {
  return await asyncio.gather(delay(first), delay(second));
}

asyncio.run(main());
