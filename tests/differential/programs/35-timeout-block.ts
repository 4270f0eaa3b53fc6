// asyncio.timeout(): the body is cancelled at the deadline and TimeoutError is raised
// where the body ends; a body that finishes in time is not affected.
import * as asyncio from "asyncio";

async function step(name: string, delay: number): Promise<void> {
  try {
    await asyncio.sleep(delay);
    print(`${name} finished`);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`${name} interrupted`);
    throw e;
  }
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  await asyncio.timeout(2, async () => {
    await step("fast", 1);
  });
  print(`first block done at ${loop.time().toFixed(1)}`);
  try {
    await asyncio.timeout(2, async () => {
      await step("one", 1);
      await step("two", 3);
      print("not reached");
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(`${e.name} at ${loop.time().toFixed(1)}`);
  }
}

asyncio.run(main());
