// Debug mode reports two classic mistakes: a step that holds the loop for more than 100 ms
// (here a blocking time.sleep inside a coroutine) and a coroutine that is created but never awaited.
import * as asyncio from "asyncio";
import * as time from "time";

async function saveReport(): Promise<void> {
  await asyncio.sleep(0.1);
  print("report saved");
}

async function crunch(): Promise<void> {
  print("crunching...");
  time.sleep(0.25); // stands for slow synchronous work: the loop can do nothing else meanwhile
  print("crunched");
}

async function main(): Promise<void> {
  await asyncio.createTask(crunch());
  saveReport(); // the await is missing: this only creates a coroutine object
  await asyncio.sleep(0.5);
  print("main: done");
}

asyncio.run(main(), { debug: true });
