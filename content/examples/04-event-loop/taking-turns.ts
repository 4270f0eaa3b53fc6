// One thread, taking turns: a coroutine gives up control only at an await that
// pauses. A coroutine with no await in its loop keeps the thread to itself.
import * as asyncio from "asyncio";

async function polite(name: string): Promise<void> {
  for (let step = 1; step <= 3; step++) {
    print(`${name} step ${step}`);
    await asyncio.sleep(0); // let the others have a turn
  }
}

async function greedy(name: string): Promise<void> {
  for (let step = 1; step <= 3; step++) {
    print(`${name} step ${step}`); // no await: nobody else runs until the loop ends
  }
}

async function main(): Promise<void> {
  print("-- two polite coroutines");
  await asyncio.gather(polite("A"), polite("B"));
  print("-- a greedy one and a polite one");
  await asyncio.gather(greedy("G"), polite("P"));
}

asyncio.run(main());
