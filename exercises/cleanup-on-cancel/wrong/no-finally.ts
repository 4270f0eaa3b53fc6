// fails: the connection is always closed when the download ends
import * as asyncio from "asyncio";
import { world } from "looplab";

async function download(url: string, seconds: number): Promise<string> {
  print(`opening connection to ${url}`);
  await asyncio.sleep(seconds); // the data trickles in
  print(`closing connection to ${url}`); // skipped when the task is cancelled at the await
  return `${url}: ${seconds} s of data`;
}

async function main(): Promise<void> {
  const task = asyncio.createTask(download(world.url, world.duration));
  await asyncio.sleep(world.patience);
  if (!task.done()) task.cancel();
  try {
    print(await task);
  } catch (error) {
    if (!(error instanceof asyncio.CancelledError)) throw error;
    print(`gave up on ${world.url} after ${world.patience} s`);
  }
}

asyncio.run(main());
