// An exception raised by a loop callback does not stop the loop: asyncio reports it to the
// loop's exception handler and runs the next callback.
import * as asyncio from "asyncio";

class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ValueError";
  }
}

function badCallback(label: string): void {
  print(`${label} raises`);
  throw new ValueError(label);
}

function goodCallback(label: string): void {
  print(`${label} runs`);
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const seen: string[] = [];
  loop.setExceptionHandler((_loop, context) => seen.push((context.exception as Error).name));
  loop.callSoon(badCallback, "first");
  loop.callSoon(goodCallback, "second");
  loop.callLater(0.5, badCallback, "timer");
  loop.callLater(0.5, goodCallback, "next timer");
  const fut = loop.createFuture<null>();
  fut.addDoneCallback(() => badCallback("done callback"));
  fut.setResult(null);
  await asyncio.sleep(1);
  print(`handler saw ${seen.length} errors: ${seen.join(", ")}`);
}

asyncio.run(main());
