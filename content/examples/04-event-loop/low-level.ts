// What asyncio.run() does, spelled out with the lower-level loop API.
import * as asyncio from "asyncio";
import * as time from "time";

async function main(): Promise<void> {
  print(`${time.ctime()} Hello!`);
  await asyncio.sleep(1.0);
  print(`${time.ctime()} Goodbye!`);
}

const loop = asyncio.newEventLoop(); // 1. make a loop
asyncio.setEventLoop(loop); //          and make it this thread's current loop
const task = loop.createTask(main()); // 2. wrap the coroutine in a task: it is now scheduled
loop.runUntilComplete(task); //          3. run the loop until that task is done
loop.close(); //                         4. release the loop's resources
print("loop closed:", loop.isClosed());
