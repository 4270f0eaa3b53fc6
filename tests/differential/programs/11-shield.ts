// shield: cancelling the outer awaitable does not cancel the inner task, which keeps running.
import * as asyncio from "asyncio";

async function important(name: string, delay: number): Promise<string> {
  print(`${name} starts`);
  await asyncio.sleep(delay);
  print(`${name} completes`);
  return `${name} saved`;
}

async function waiter(inner: asyncio.Task<string>): Promise<string> {
  try {
    return await asyncio.shield(inner);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("waiter cancelled");
    throw e;
  }
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const inner = asyncio.createTask(important("write", 3));
  const outer = asyncio.createTask(waiter(inner));
  await asyncio.sleep(1);
  outer.cancel();
  try {
    await outer;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(`outer cancelled at ${loop.time().toFixed(1)}`);
  }
  print(`inner cancelled? ${inner.cancelled()}`);
  print(`inner result: ${await inner} at ${loop.time().toFixed(1)}`);
  try {
    await asyncio.waitFor(asyncio.shield(important("flush", 2)), 1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(`timed out at ${loop.time().toFixed(1)}`);
  }
  await asyncio.sleep(1.5);
  print(`done at ${loop.time().toFixed(1)}`);
}

asyncio.run(main());
