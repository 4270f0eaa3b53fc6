// time.sleep blocks the whole loop: no other task runs meanwhile, and timers that fell due
// fire late, all at once, after the blocking call returns.
import * as asyncio from "asyncio";
import * as time from "time";

async function ticker(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    print(`tick ${i}`);
    await asyncio.sleep(0.5);
  }
}

async function blocker(): Promise<void> {
  await asyncio.sleep(0.25);
  const start = time.perfCounter();
  print("blocker calls time.sleep(1.5)");
  time.sleep(1.5);
  print(`blocker blocked for ${(time.perfCounter() - start).toFixed(2)} s`);
}

async function main(): Promise<void> {
  const start = time.monotonic();
  await asyncio.gather(ticker(), blocker());
  print(`total ${(time.monotonic() - start).toFixed(2)} s`);
}

asyncio.run(main());
