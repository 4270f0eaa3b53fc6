// fails: the connection is always closed when the download ends
import * as asyncio from "asyncio";
import { world } from "looplab";

const { url, duration, patience } = world as { url: string; duration: number; patience: number };

async function download(url: string, seconds: number): Promise<string> {
  print(`opening connection to ${url}`);
  await asyncio.sleep(seconds); // the data trickles in
  print(`closing connection to ${url}`); // skipped when the task is cancelled at the await
  return `${url}: ${seconds} s of data`;
}

async function main(): Promise<void> {
  const task = asyncio.createTask(download(url, duration));
  await asyncio.sleep(patience);
  if (!task.done()) task.cancel();
  try {
    print(await task);
  } catch (error) {
    if (!(error instanceof asyncio.CancelledError)) throw error;
    print(`gave up on ${url} after ${patience} s`);
  }
}

asyncio.run(main());
