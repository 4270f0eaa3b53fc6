// fails: drive does not use an event loop
import * as asyncio from "asyncio";
import { world } from "looplab";

async function countdown(n: number): Promise<string> {
  for (let i = n; i > 0; i--) {
    print(`  ${i}...`);
    await asyncio.sleep(0);
  }
  if (world.failure) throw new Error(world.failure);
  return world.word;
}

function drive<T>(coro: Promise<T>): T {
  const loop = asyncio.newEventLoop();
  try {
    return loop.runUntilComplete(coro);
  } finally {
    loop.close();
  }
}

try {
  const result = drive(countdown(world.pauses));
  print("drive returned", result);
} catch (error) {
  print("drive raised", error);
}
