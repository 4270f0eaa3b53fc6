// fails: main returns both results in order
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
  const results: number[] = [];
  const record = async (seconds: number): Promise<void> => {
    results.push(await delay(seconds));
  };
  // Collects results in the order the delays finish, not the order they were asked for.
  await asyncio.gather(record(first), record(second));
  return results;
}

asyncio.run(main());
