import * as asyncio from "asyncio";

async function say(what: string, delay: number): Promise<void> {
  await asyncio.sleep(delay);
  print(what);
}

async function main(): Promise<void> {
  const slow = asyncio.createTask(say("slow task done", 2));
  const quick = asyncio.createTask(say("quick task done", 0));
  print("main: tasks created");
  await say("main: waited 1 s", 1);
  await slow;
  print("main: slow task awaited");
  await quick;
  print("main: quick task awaited");
}

asyncio.run(main());
