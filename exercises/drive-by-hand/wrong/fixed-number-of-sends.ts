// fails: each send runs one slice of the coroutine
import * as asyncio from "asyncio";
import { world } from "looplab";

const { pauses, word, failure } = world as { pauses: number; word: string; failure?: string };

// The coroutine to drive: it pauses `n` times, then returns a word (or fails).
async function countdown(n: number): Promise<string> {
  for (let i = n; i > 0; i--) {
    print(`  ${i}...`);
    await asyncio.sleep(0);
  }
  if (failure) throw new Error(failure);
  return word;
}

function drive<T>(coro: Promise<T>): T {
  // Sends four times, as many as the example needs, whatever the coroutine does.
  for (let sends = 1; sends <= 4; sends++) {
    print(`send #${sends}`);
    try {
      coro.send(undefined);
    } catch (error) {
      if (error instanceof StopIteration) return error.value as T;
      throw error;
    }
  }
  return undefined as T;
}

try {
  const result = drive(countdown(pauses));
  print("drive returned", result);
} catch (error) {
  print("drive raised", error);
}
