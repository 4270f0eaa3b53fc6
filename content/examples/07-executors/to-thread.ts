// asyncio.toThread (Python's asyncio.to_thread, since 3.9) is the short way to run a blocking
// function in the default thread pool. A ticker shows that the loop stays free meanwhile.
import * as asyncio from "asyncio";
import * as time from "time";

function blocking(seconds: number): string {
  time.sleep(seconds);
  return `slept ${seconds} s in a thread`;
}

async function ticker(): Promise<void> {
  for (let i = 1; ; i++) {
    await asyncio.sleep(0.2);
    print(`tick ${i}`);
  }
}

async function main(): Promise<void> {
  const ticks = asyncio.createTask(ticker());
  const answer = await asyncio.toThread(blocking, 0.7);
  print(answer);
  ticks.cancel();
}

asyncio.run(main());
