// sleep(delay, result) resolves to result; a negative delay is the same as sleep(0): one
// loop iteration, no time passes.
import * as asyncio from "asyncio";

async function other(): Promise<void> {
  print("other runs");
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const value = await asyncio.sleep(0.25, "payload");
  print(`sleep returned ${value} at ${loop.time().toFixed(2)}`);
  asyncio.createTask(other());
  await asyncio.sleep(-5);
  print(`after sleep(-5) at ${loop.time().toFixed(2)}`);
  const nothing = await asyncio.sleep(0);
  print(`sleep(0) returned nothing? ${nothing === undefined}`);
}

asyncio.run(main());
