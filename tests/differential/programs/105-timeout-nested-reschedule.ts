// asyncio.timeout(): the innermost expired timeout turns the cancellation into TimeoutError,
// reschedule() moves a deadline, and a block that finishes in time is left alone.
import * as asyncio from "asyncio";

function now(): string {
  return asyncio.getRunningLoop().time().toFixed(1);
}

async function work(name: string, delay: number): Promise<void> {
  try {
    await asyncio.sleep(delay);
    print(`${name} done at ${now()}`);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`${name} cancelled at ${now()}`);
    throw e;
  }
}

async function main(): Promise<void> {
  try {
    await asyncio.timeout(5, async () => {
      try {
        await asyncio.timeout(1, async () => {
          await work("inner", 3);
        });
      } catch (e) {
        if (!(e instanceof asyncio.TimeoutError)) throw e;
        print(`inner timed out at ${now()}`);
      }
      await work("middle", 2);
      await work("outer", 5);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(`outer timed out at ${now()}`);
  }

  let cm: asyncio.Timeout | undefined;
  await asyncio.timeout(1, async (timeout) => {
    cm = timeout;
    timeout.reschedule(asyncio.getRunningLoop().time() + 3);
    await work("rescheduled", 2);
  });
  print(`expired: ${cm!.expired()}`);

  try {
    await asyncio.timeoutAt(asyncio.getRunningLoop().time() + 0.5, async (timeout) => {
      cm = timeout;
      await work("at", 1);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(`timeout_at fired at ${now()}, expired: ${cm!.expired()}`);
  }
}

asyncio.run(main());
