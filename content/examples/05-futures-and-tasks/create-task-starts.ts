// createTask() schedules the coroutine at once: it runs as soon as the current
// task pauses, whether or not anyone ever awaits the task. A bare coroutine
// does nothing until it is awaited.
import * as asyncio from "asyncio";

async function greet(name: string): Promise<number> {
  print(`${name}: hello`);
  await asyncio.sleep(1);
  print(`${name}: goodbye`);
  return name.length;
}

async function main(): Promise<void> {
  const task = asyncio.createTask(greet("task"));
  print("main: task created, not awaited");
  await asyncio.sleep(2); // main waits for something else entirely
  print("main: task done?", task.done(), "- result:", task.result());

  const coroutine = greet("coroutine");
  print("main: coroutine created, not awaited");
  await asyncio.sleep(2);
  print("main: two seconds later, still nothing from the coroutine");
  await coroutine;
}

asyncio.run(main());
