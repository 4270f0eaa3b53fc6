// The same blocking function on three kinds of executor: the loop's default thread pool, a thread
// pool of our own, and a process pool. The task column shows which worker printed each line.
import * as asyncio from "asyncio";
import * as time from "time";
import { ProcessPoolExecutor, ThreadPoolExecutor } from "concurrent.futures";

function saveFile(name: string): string {
  time.sleep(0.2); // a slow disk
  print(`saved ${name}`);
  return name;
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();

  // 1. The default pool: pass null as the executor.
  print("default pool:", await loop.runInExecutor(null, saveFile, "a.gif"));

  // 2. A thread pool of our own: pass the pool itself.
  const threads = new ThreadPoolExecutor(2);
  try {
    print("thread pool:", await loop.runInExecutor(threads, saveFile, "b.gif"));
  } finally {
    threads.shutdown();
  }

  // 3. A process pool: again, pass the pool.
  const processes = new ProcessPoolExecutor(2);
  try {
    print("process pool:", await loop.runInExecutor(processes, saveFile, "c.gif"));
  } finally {
    processes.shutdown();
  }
}

asyncio.run(main());
