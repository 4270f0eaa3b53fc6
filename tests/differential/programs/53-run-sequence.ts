// Several asyncio.run() calls in a row, each creating tasks that first run in a later step, then
// a loop driven by hand: every run gets a fresh loop and they all complete.
import * as asyncio from "asyncio";

async function worker(label: string, delay: number): Promise<string> {
  await asyncio.sleep(delay);
  print(`${label} done after ${delay}`);
  return label;
}

async function first(): Promise<string[]> {
  const a = asyncio.createTask(worker("a", 0.2));
  const b = asyncio.createTask(worker("b", 0.1));
  print("first created", a.getName(), b.getName());
  return await asyncio.gather(a, b);
}

async function second(): Promise<string> {
  print("second ran in", asyncio.currentTask()!.getName());
  await asyncio.sleep(0.3);
  return "second";
}

print("first:", asyncio.run(first()));
print("second:", asyncio.run(second()));
print("third:", asyncio.run(first()));

const loop = asyncio.newEventLoop();
asyncio.setEventLoop(loop);
const task = loop.createTask(worker("manual", 0.5));
print("manual:", loop.runUntilComplete(task));
loop.close();
asyncio.setEventLoop(null);
print("after all runs");
