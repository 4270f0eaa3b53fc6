// fails: supervisor awaits the spinner task after cancelling it
import * as asyncio from "asyncio";
import { world } from "looplab";

const { work, interval, answer } = world as { work: number; interval: number; answer: number };

/** Prints an animation frame every `interval` seconds until it is cancelled. */
async function spin(message: string): Promise<void> {
  const frames = "|/-\\";
  try {
    for (let i = 0; ; i++) {
      print(`${frames[i % frames.length]} ${message}`);
      await asyncio.sleep(interval);
    }
  } finally {
    print("spinner stopped");
  }
}

/** Stands for a long wait on I/O. */
async function slowFunction(): Promise<number> {
  await asyncio.sleep(work);
  return answer;
}

async function supervisor(): Promise<number> {
  const spinner = asyncio.createTask(spin("thinking!"));
  const result = await slowFunction();
  spinner.cancel();
  await asyncio.sleep(0); // lets the spinner stop this time, but never waits for the task itself
  print(`Answer: ${result}`);
  return result;
}

asyncio.run(supervisor());
