// fails: the download runs in its own task
import * as asyncio from "asyncio";
import { world } from "looplab";

const { url, duration, patience } = world as { url: string; duration: number; patience: number };

async function download(url: string, seconds: number): Promise<string> {
  print(`opening connection to ${url}`);
  try {
    await asyncio.sleep(Math.min(seconds, patience));
    return `${url}: ${seconds} s of data`;
  } finally {
    print(`closing connection to ${url}`);
  }
}

async function main(): Promise<void> {
  // No task: the "download" just stops waiting early, and nothing is ever cancelled.
  const result = await download(url, duration);
  print(duration > patience ? `gave up on ${url} after ${patience} s` : result);
}

asyncio.run(main());
