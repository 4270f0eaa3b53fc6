// await takes exactly one awaitable. Awaiting a coroutine runs it inside the
// caller, up to its return, and hands back its result.
import * as asyncio from "asyncio";

async function f(): Promise<number> {
  await asyncio.sleep(1);
  return 124;
}

async function main(): Promise<void> {
  const result = await f(); // f() makes a coroutine; await runs it to the end
  print("f returned", result);

  const loop = asyncio.getRunningLoop();
  const future = loop.createFuture<string>(); // a Future is awaitable too
  loop.callLater(0.5, () => future.setResult("a future's result"));
  print(await future);

  print(await 42); // so is a plain value: it is simply handed back
}

asyncio.run(main());
