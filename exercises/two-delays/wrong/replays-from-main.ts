// fails: the delays really run separately
import * as asyncio from "asyncio";
import { world } from "looplab";

const [first, second] = world.delays as [number, number];

// Prints the expected lines at the expected times from the main task alone: no concurrency at all.
async function main(): Promise<number[]> {
  print(`sleeping for ${first} second(s)`);
  print(`sleeping for ${second} second(s)`);
  const [short, long] = first < second ? [first, second] : [second, first];
  await asyncio.sleep(short);
  print(`finished sleeping for ${short} second(s)`);
  await asyncio.sleep(long - short);
  print(`finished sleeping for ${long} second(s)`);
  return [first, second];
}

asyncio.run(main());
