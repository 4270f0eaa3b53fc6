import * as asyncio from "asyncio";
import * as time from "time";

function blocking(): string {
  time.sleep(0.5);
  print("thread: hello from a thread!");
  return "done";
}

async function ticker(): Promise<void> {
  for (let i = 1; i <= 3; i++) {
    await asyncio.sleep(0.2);
    print(`tick ${i}`);
  }
}

async function main(): Promise<void> {
  print("main: hello");
  const ticks = asyncio.createTask(ticker());
  const answer = await asyncio.toThread(blocking);
  print(`main: the thread is ${answer}`);
  time.sleep(0.3);
  print("main: slept 0.3 s on the loop's thread");
  await ticks;
  print("main: goodbye");
}

asyncio.run(main());
