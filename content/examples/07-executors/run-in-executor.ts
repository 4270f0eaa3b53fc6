// The blocking() example: time.sleep() would freeze the loop, so main hands the function to the
// loop's default thread pool and awaits the Future that runInExecutor returns.
import * as asyncio from "asyncio";
import * as time from "time";

function blocking(): void {
  time.sleep(0.5); // blocks the worker thread it runs on, not the loop
  print(`${time.ctime()} Hello from a thread!`);
}

async function main(): Promise<void> {
  print(`${time.ctime()} Hello!`);
  const loop = asyncio.getRunningLoop();
  await loop.runInExecutor(null, blocking); // null: the loop's default ThreadPoolExecutor
  await asyncio.sleep(1.0);
  print(`${time.ctime()} Goodbye!`);
}

asyncio.run(main());
