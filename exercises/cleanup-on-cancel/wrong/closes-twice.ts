// fails: the connection is closed exactly once
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
  await asyncio.sleep(patience);
  if (!task.done()) task.cancel();
  try {
    print(await task);
  } catch (error) {
    if (!(error instanceof asyncio.CancelledError)) throw error;
    print(`closing connection to ${url}`); // main closes it again
    print(`gave up on ${url} after ${patience} s`);
  }
}

asyncio.run(main());
