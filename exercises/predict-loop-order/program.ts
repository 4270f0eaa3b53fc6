import * as asyncio from "asyncio";

async function child(): Promise<void> {
  print("child: step 1");
  await asyncio.sleep(0);
  print("child: step 2");
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  loop.callLater(0.1, () => print("callLater(0.1) callback"));
  loop.callSoon(() => print("callSoon callback"));
  asyncio.createTask(child());
  print("main: before the first await");
  await asyncio.sleep(0);
  print("main: after sleep(0)");
  await asyncio.sleep(0.2);
  print("main: after sleep(0.2)");
}

asyncio.run(main());
