// When main returns, asyncio.run() cancels the tasks still pending and runs the loop until they
// finish: their except/finally blocks run from the time main ended, and may still await.
// A task created just before main returns still runs its first step: that step was queued
// before the callback that stops the loop. (CPython cancels leftovers in set order, which is
// not defined, so each leftover prints at a different time.)
import * as asyncio from "asyncio";

async function heartbeat(): Promise<void> {
  print("heartbeat starts");
  try {
    await asyncio.sleep(100);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("heartbeat cancelled by shutdown");
    throw e;
  } finally {
    print(`heartbeat finally at ${asyncio.getRunningLoop().time().toFixed(2)}`);
  }
}

async function poller(): Promise<void> {
  print("poller starts");
  try {
    await asyncio.sleep(100);
  } finally {
    await asyncio.sleep(0.25);
    print(`poller finally at ${asyncio.getRunningLoop().time().toFixed(2)}`);
  }
}

async function late(): Promise<void> {
  print("late still gets its first step");
}

async function main(): Promise<number> {
  asyncio.createTask(heartbeat());
  asyncio.createTask(poller());
  await asyncio.sleep(1.5);
  asyncio.createTask(late());
  print("main returns");
  return 42;
}

print(`run returned ${asyncio.run(main())}`);
