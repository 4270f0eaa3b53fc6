// The Hello/Goodbye example: the same program with the lower-level loop API: getEventLoop(),
// loop.createTask(), runUntilComplete(), close().
import * as asyncio from "asyncio";
import * as time from "time";

async function main(): Promise<void> {
  print(`${time.ctime()} Hello!`);
  await asyncio.sleep(1.0);
  print(`${time.ctime()} Goodbye!`);
}

const loop = asyncio.getEventLoop();
const task = loop.createTask(main());
loop.runUntilComplete(task);
loop.close();
print(`task ${task.getName()} done? ${task.done()}`);
