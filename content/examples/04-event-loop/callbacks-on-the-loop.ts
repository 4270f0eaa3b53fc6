// The loop runs plain callbacks as well as tasks: callSoon() queues one for the
// next turn of the loop, callLater() queues it after a delay.
import * as asyncio from "asyncio";

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  loop.callLater(0.2, print, "callLater(0.2)");
  loop.callLater(0.1, print, "callLater(0.1)");
  loop.callSoon(print, "callSoon #1");
  loop.callSoon(print, "callSoon #2");
  const handle = loop.callLater(0.15, print, "never printed");
  handle.cancel(); // a scheduled callback can be called off
  print("main: everything is scheduled; now I wait");
  await asyncio.sleep(0.3);
  print("main: done");
}

asyncio.run(main());
