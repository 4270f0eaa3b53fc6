// createTask schedules a coroutine to run later, in its own task; awaiting a coroutine
// runs it right away, inside the current task.
import * as asyncio from "asyncio";

async function step(label: string): Promise<void> {
  print(`${label} runs`);
  await asyncio.sleep(0);
  print(`${label} resumes`);
}

async function main(): Promise<void> {
  print("main creates t1 and t2");
  asyncio.createTask(step("t1"));
  asyncio.createTask(step("t2"));
  print("main awaits the coroutine c directly");
  await step("c");
  print("main awaits sleep(0)");
  await asyncio.sleep(0);
  print("main continues");
  await asyncio.sleep(0);
  print("main ends");
}

asyncio.run(main());
