// Future.result() before the result is set raises InvalidStateError; setting a result twice
// does too; a future resolved with setException re-raises it from result().
import * as asyncio from "asyncio";

class ZeroDivisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZeroDivisionError";
  }
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const fut = loop.createFuture<string>();
  try {
    fut.result();
  } catch (e) {
    if (!(e instanceof asyncio.InvalidStateError)) throw e;
    print(`${e.name}: ${e.message}`);
  }
  fut.setResult("first");
  try {
    fut.setResult("second");
  } catch (e) {
    if (!(e instanceof asyncio.InvalidStateError)) throw e;
    print(`set_result twice: ${e.name}`);
  }
  print(`result is ${fut.result()}`);
  print(`cancel() on a done future returns ${fut.cancel()}`);

  const failing = loop.createFuture<string>();
  failing.setException(new ZeroDivisionError("division by zero"));
  try {
    await failing;
  } catch (e) {
    if (!(e instanceof ZeroDivisionError)) throw e;
    print(`awaiting it raised ${e.name}: ${e.message}`);
  }
  print(`exception() returns ${(failing.exception() as Error).name}`);

  const later = loop.createFuture<string>();
  loop.callLater(2, (v: string) => later.setResult(v), "ready");
  print(`awaited ${await later} at ${loop.time().toFixed(1)}`);
}

asyncio.run(main());
