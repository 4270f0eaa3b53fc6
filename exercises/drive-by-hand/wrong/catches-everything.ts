// fails: drive hands back the result, or lets the error out
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
  for (let sends = 1; ; sends++) {
    print(`send #${sends}`);
    try {
      coro.send(undefined);
    } catch (error) {
      // Treats every error as "finished": a failure turns into an undefined result.
      return (error as { value?: T }).value as T;
    }
  }
}

try {
  const result = drive(countdown(world.pauses));
  print("drive returned", result);
} catch (error) {
  print("drive raised", error);
}
