import * as asyncio from "asyncio";
import { world } from "looplab";

const { url, duration, patience } = world as { url: string; duration: number; patience: number };

async function download(url: string, seconds: number): Promise<string> {
  print(`opening connection to ${url}`);
  try {
    await asyncio.sleep(seconds); // the data trickles in
    return `${url}: ${seconds} s of data`;
  } finally {
    print(`closing connection to ${url}`); // on success and on cancellation
  }
}

async function main(): Promise<void> {
  const task = asyncio.createTask(download(url, duration));
  try {
    // waitFor cancels the task at the deadline and waits for it to stop before raising.
    print(await asyncio.waitFor(task, patience));
  } catch (error) {
    if (!(error instanceof asyncio.TimeoutError)) throw error;
    print(`gave up on ${url} after ${patience} s`);
  }
}

asyncio.run(main());
