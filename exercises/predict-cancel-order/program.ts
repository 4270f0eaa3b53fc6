import * as asyncio from "asyncio";

async function worker(name: string, seconds: number): Promise<string> {
  print(`${name}: start`);
  try {
    await asyncio.sleep(seconds);
    print(`${name}: finished`);
    return name;
  } finally {
    print(`${name}: cleanup`);
  }
}

async function main(): Promise<void> {
  const a = asyncio.createTask(worker("A", 1));
  const b = asyncio.createTask(worker("B", 3));
  print("main: tasks created");
  await asyncio.sleep(2);
  print("main: cancelling B");
  b.cancel();
  print(`main: is B cancelled yet? ${b.cancelled()}`);
  try {
    await b;
  } catch (error) {
    print("main: awaiting B raised", error);
  }
  print(`main: A returned ${await a}`);
}

asyncio.run(main());
