// Event.set() wakes every task waiting at that moment, even if the event is cleared before they
// run; a task that starts waiting after clear() waits for the next set().
import * as asyncio from "asyncio";

async function waiter(name: string, event: asyncio.Event): Promise<void> {
  print(`${name} waits`);
  await event.wait();
  print(`${name} woke at ${asyncio.getRunningLoop().time().toFixed(1)}, set: ${event.isSet()}`);
}

async function main(): Promise<void> {
  const event = new asyncio.Event();
  const first = ["a", "b"].map((n) => asyncio.createTask(waiter(n, event)));
  await asyncio.sleep(1);
  event.set();
  event.clear();
  const late = asyncio.createTask(waiter("late", event));
  await asyncio.gather(...first);
  await asyncio.sleep(1);
  print(`late done: ${late.done()}`);
  event.set();
  await late;
  print(`wait on a set event returns ${await event.wait()}`);
}

asyncio.run(main());
