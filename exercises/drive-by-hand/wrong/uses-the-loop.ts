// fails: drive does not use an event loop
import * as asyncio from "asyncio";
import { world } from "looplab";

const { pauses, word, failure } = world as { pauses: number; word: string; failure?: string };

async function countdown(n: number): Promise<string> {
  for (let i = n; i > 0; i--) {
    print(`  ${i}...`);
    await asyncio.sleep(0);
  }
  if (failure) throw new Error(failure);
  return word;
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
  const result = drive(countdown(pauses));
  print("drive returned", result);
} catch (error) {
  print("drive raised", error);
}
