// fails: a download that takes too long is cancelled at the deadline
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
  if (!task.done()) {
    task.cancel(); // asks it to stop, but main returns before it has
    print(`gave up on ${url} after ${patience} s`);
    return;
  }
  print(task.result());
}

asyncio.run(main());
