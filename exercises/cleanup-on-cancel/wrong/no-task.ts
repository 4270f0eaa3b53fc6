// fails: the download runs in its own task
import * as asyncio from "asyncio";
import { world } from "looplab";

async function download(url: string, seconds: number): Promise<string> {
  print(`opening connection to ${url}`);
  try {
    await asyncio.sleep(Math.min(seconds, world.patience));
    return `${url}: ${seconds} s of data`;
  } finally {
    print(`closing connection to ${url}`);
  }
}

async function main(): Promise<void> {
  // No task: the "download" just stops waiting early, and nothing is ever cancelled.
  const result = await download(world.url, world.duration);
  print(world.duration > world.patience ? `gave up on ${world.url} after ${world.patience} s` : result);
}

asyncio.run(main());
