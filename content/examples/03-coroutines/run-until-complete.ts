// The event loop does the send()/StopIteration dance for you: give it a
// coroutine, and runUntilComplete() drives it to the end and returns its value.
import * as asyncio from "asyncio";

async function f(): Promise<number> {
  await asyncio.sleep(0);
  return 111;
}

const loop = asyncio.newEventLoop();
const result = loop.runUntilComplete(f());
print("runUntilComplete returned", result);
loop.close();
