// A task cancelled while it waits in the ready queue (after sleep(0)) gets CancelledError at its
// next step; cancelling twice before it runs delivers one CancelledError, with the last message.
import * as asyncio from "asyncio";

async function yielder(name: string): Promise<void> {
  try {
    print(`${name} yields`);
    await asyncio.sleep(0);
    print(`${name} resumed normally`);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`${name} got CancelledError(${e.message})`);
    throw e;
  }
}

async function main(): Promise<void> {
  const first = asyncio.createTask(yielder("first"));
  await asyncio.sleep(0);
  first.cancel("stop");
  print(`first cancelling(): ${first.cancelling()}`);
  await asyncio.gather(first, { returnExceptions: true });

  const second = asyncio.createTask(yielder("second"));
  await asyncio.sleep(0);
  print(`cancel #1 returned ${second.cancel("one")}`);
  print(`cancel #2 returned ${second.cancel("two")}`);
  print(`second cancelling(): ${second.cancelling()}`);
  await asyncio.gather(second, { returnExceptions: true });
  print(`second cancelled? ${second.cancelled()}`);
}

asyncio.run(main());
