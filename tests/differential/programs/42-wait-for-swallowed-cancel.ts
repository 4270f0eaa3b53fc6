// If the awaitable waitFor times out on catches the cancellation and returns a value,
// CPython 3.11's wait_for returns that value instead of raising TimeoutError.
import * as asyncio from "asyncio";

async function stubborn(): Promise<string> {
  try {
    await asyncio.sleep(5);
    return "on time";
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("stubborn ignores the cancellation");
    await asyncio.sleep(0.5);
    return "late but delivered";
  }
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const result = await asyncio.waitFor(stubborn(), 1);
  print(`wait_for returned ${result} at ${loop.time().toFixed(1)}`);
}

asyncio.run(main());
