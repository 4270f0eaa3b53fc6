// When asyncio.run() ends, it waits for the default executor's jobs (shutdownDefaultExecutor) before
// it closes the loop: a job still sleeping in a thread is allowed to finish.
import * as asyncio from "asyncio";
import * as time from "time";

function slowJob(): void {
  time.sleep(1);
  print("slow job: finished in its thread");
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  loop.runInExecutor(null, slowJob); // started, never awaited
  await asyncio.sleep(0.2);
  print("main: returning");
}

asyncio.run(main());
print("after asyncio.run");
