import * as asyncio from "asyncio";

async function step(name: string): Promise<string> {
  print(`${name} runs`);
  return name;
}

async function main(): Promise<void> {
  const a = step("a");
  const b = step("b");
  print("created coroutines a and b");
  const task = asyncio.createTask(step("c"));
  print("created task c");
  print(`awaited ${await b}`);
  print(`awaited ${await a}`);
  await task;
  print("done");
}

asyncio.run(main());
