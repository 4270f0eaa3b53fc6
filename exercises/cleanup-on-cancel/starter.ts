import * as asyncio from "asyncio";
import { world } from "looplab";

async function download(url: string, seconds: number): Promise<string> {
  print(`opening connection to ${url}`);
  await asyncio.sleep(seconds); // the data trickles in
  print(`closing connection to ${url}`);
  return `${url}: ${seconds} s of data`;
}

async function main(): Promise<void> {
  // Waits as long as the download takes, however long that is.
  const result = await download(world.url, world.duration);
  print(result);
}

asyncio.run(main());
