// done(), cancelled(), result() and exception() on tasks that are pending, finished,
// failed and cancelled.
import * as asyncio from "asyncio";

class KeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "KeyError";
  }
}

async function valueAfter(delay: number, value: string): Promise<string> {
  await asyncio.sleep(delay);
  return value;
}

async function failAfter(delay: number): Promise<string> {
  await asyncio.sleep(delay);
  throw new KeyError("missing");
}

async function main(): Promise<void> {
  const ok = asyncio.createTask(valueAfter(1, "ok"));
  const bad = asyncio.createTask(failAfter(1));
  const stopped = asyncio.createTask(valueAfter(5, "never"));
  print(`pending: done=${ok.done()} cancelled=${ok.cancelled()}`);
  try {
    ok.result();
  } catch (e) {
    if (!(e instanceof asyncio.InvalidStateError)) throw e;
    print(`result() while pending: ${e.name}: ${e.message}`);
  }
  try {
    ok.exception();
  } catch (e) {
    if (!(e instanceof asyncio.InvalidStateError)) throw e;
    print(`exception() while pending: ${e.name}: ${e.message}`);
  }
  await asyncio.sleep(1.5);
  stopped.cancel();
  await asyncio.sleep(0);
  print(`ok: done=${ok.done()} result=${ok.result()} no exception? ${ok.exception() === null}`);
  const error = bad.exception() as Error;
  print(`bad: done=${bad.done()} exception=${error.name}`);
  try {
    bad.result();
  } catch (e) {
    if (!(e instanceof KeyError)) throw e;
    print("bad.result() re-raises the KeyError");
  }
  print(`stopped: done=${stopped.done()} cancelled=${stopped.cancelled()}`);
  for (const method of ["result", "exception"] as const) {
    try {
      stopped[method]();
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print(`stopped.${method}() raises ${e.name}`);
    }
  }
}

asyncio.run(main());
