// callSoon runs callbacks in FIFO order in the next iteration; callLater/callAt run at their
// deadline, equal deadlines in scheduling order; cancelled handles never run. Callbacks run
// outside any task.
import * as asyncio from "asyncio";

function note(label: string): void {
  const loop = asyncio.getRunningLoop();
  print(`${label} at ${loop.time().toFixed(2)}`);
}

function chain(label: string, remaining: number): void {
  note(label);
  if (remaining > 0) {
    asyncio.getRunningLoop().callSoon(chain, `${label}+`, remaining - 1);
  }
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  loop.callLater(1, note, "later 1 (first)");
  loop.callAt(loop.time() + 1, note, "at 1 (second)");
  loop.callLater(0.5, note, "later 0.5");
  loop.callLater(0, note, "later 0");
  loop.callSoon(note, "soon 1");
  const cancelled = loop.callLater(0.5, note, "cancelled later");
  loop.callSoon(chain, "chain", 2);
  const soonCancelled = loop.callSoon(note, "cancelled soon");
  loop.callLater(1, note, "later 1 (third)");
  loop.callSoon(note, "soon 2");
  cancelled.cancel();
  soonCancelled.cancel();
  print(`handle cancelled? ${cancelled.cancelled()}`);
  print("main yields");
  await asyncio.sleep(0);
  print("main resumed");
  await asyncio.sleep(2);
  print("main done");
}

asyncio.run(main());
