// A Lock lets one task at a time into the critical section, waiters acquire it in FIFO order;
// an Event wakes every waiter at once when set.
import * as asyncio from "asyncio";

async function useLock(name: string, lock: asyncio.Lock, hold: number): Promise<void> {
  print(`${name} wants the lock`);
  await lock.acquire();
  try {
    print(`${name} holds the lock`);
    await asyncio.sleep(hold);
    print(`${name} releases the lock`);
  } finally {
    lock.release();
  }
}

async function waitForGo(name: string, event: asyncio.Event): Promise<void> {
  print(`${name} waits for the event`);
  await event.wait();
  print(`${name} sees the event at ${asyncio.getRunningLoop().time().toFixed(2)}`);
}

async function main(): Promise<void> {
  const lock = new asyncio.Lock();
  await asyncio.gather(useLock("a", lock, 1), useLock("b", lock, 0.5), useLock("c", lock, 0.25));
  print(`locked? ${lock.locked()}`);
  const event = new asyncio.Event();
  const waiters = ["x", "y"].map((n) => asyncio.createTask(waitForGo(n, event)));
  await asyncio.sleep(2);
  print("setting the event");
  event.set();
  await asyncio.gather(...waiters);
  print(`event set? ${event.isSet()}`);
}

asyncio.run(main());
