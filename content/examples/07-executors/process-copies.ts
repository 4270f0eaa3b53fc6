// A process has its own memory: the function gets a copy of its arguments, and the caller gets a
// copy of the result. A thread works on the very same objects.
import * as asyncio from "asyncio";
import { ProcessPoolExecutor, ThreadPoolExecutor } from "concurrent.futures";

function addItem(basket: string[]): number {
  basket.push("pear");
  return basket.length;
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();

  const inThread = ["apple"];
  const threads = new ThreadPoolExecutor(1);
  const seenByThread = await loop.runInExecutor(threads, addItem, inThread);
  print(`thread saw ${seenByThread} items; ours now: [${inThread.join(", ")}]`);
  threads.shutdown();

  const inProcess = ["apple"];
  const processes = new ProcessPoolExecutor(1);
  const seenByProcess = await loop.runInExecutor(processes, addItem, inProcess);
  print(`process saw ${seenByProcess} items; ours now: [${inProcess.join(", ")}]`);
  processes.shutdown();
}

asyncio.run(main());
