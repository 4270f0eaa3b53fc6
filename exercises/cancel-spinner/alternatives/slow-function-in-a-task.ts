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
  const work = asyncio.createTask(slowFunction());
  const result = await work;
  spinner.cancel();
  try {
    await spinner;
  } catch (error) {
    if (!(error instanceof asyncio.CancelledError)) throw error;
  }
  print(`Answer: ${result}`);
  return result;
}

asyncio.run(supervisor());
