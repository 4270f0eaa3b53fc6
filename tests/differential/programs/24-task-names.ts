// Task names: Task-1 is run()'s main task, then Task-2, Task-3... in creation order, including
// the tasks gather creates for coroutines; setName() renames a task. currentTask() is the
// task running the current line. (A task named at creation comes last here: whether it uses up
// a number differs between CPython versions.)
import * as asyncio from "asyncio";

async function who(label: string): Promise<string> {
  print(`${label} runs in ${asyncio.currentTask()!.getName()}`);
  await asyncio.sleep(0);
  return asyncio.currentTask()!.getName();
}

async function main(): Promise<void> {
  const me = asyncio.currentTask()!;
  print(`main is ${me.getName()}`);
  const a = asyncio.createTask(who("a"));
  const b = asyncio.createTask(who("b"));
  b.setName("renamed");
  print(`created ${a.getName()}, ${b.getName()}`);
  const names = await asyncio.gather(a, b, who("g1"), who("g2"));
  print(names);
  const c = asyncio.createTask(who("c"));
  await c;
  print(`awaited coroutine runs in ${await who("inline")}`);
  print(`current task is main? ${asyncio.currentTask() === me}`);
  const named = asyncio.createTask(who("named"), { name: "custom" });
  print(`named task returned ${await named}`);
}

asyncio.run(main());
