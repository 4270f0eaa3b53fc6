// A coroutine that pauses: every await that has to wait gives control back to
// whoever called send(). Each send() runs one more slice of the body.
import * as asyncio from "asyncio";

async function f(): Promise<number> {
  print("  slice 1");
  await asyncio.sleep(0); // "let others run": the smallest possible pause
  print("  slice 2");
  await asyncio.sleep(0);
  print("  slice 3");
  return 111;
}

const coro = f();
for (let sends = 1; ; sends++) {
  print(`send #${sends}`);
  try {
    coro.send(undefined);
  } catch (error) {
    if (!(error instanceof StopIteration)) throw error;
    print(`finished after ${sends} sends with`, error.value);
    break;
  }
}
