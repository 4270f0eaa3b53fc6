// How asyncio cancels: it throws CancelledError into the coroutine. This one
// catches it, prints a message and returns, so it ends normally: the throw()
// call that cancelled it finishes with StopIteration, like any return.
import * as asyncio from "asyncio";

async function f(): Promise<number | undefined> {
  try {
    while (true) await asyncio.sleep(0);
  } catch (error) {
    if (error instanceof asyncio.CancelledError) {
      print("I was cancelled!");
      return undefined;
    }
    throw error;
  }
}

const coro = f();
coro.send(undefined);
coro.send(undefined);
try {
  coro.throw(new asyncio.CancelledError());
} catch (error) {
  if (error instanceof StopIteration) {
    print("StopIteration: f returned", error.value);
  } else {
    throw error;
  }
}
