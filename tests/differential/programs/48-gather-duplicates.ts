// gather() given the same awaitable twice runs it once and reports its result twice.
import * as asyncio from "asyncio";

async function once(name: string): Promise<string> {
  print(`${name} runs`);
  await asyncio.sleep(0.5);
  return name;
}

async function main(): Promise<void> {
  const task = asyncio.createTask(once("task"));
  const coro = once("coro");
  const results = await asyncio.gather(task, coro, task, coro);
  print(results);
}

asyncio.run(main());
