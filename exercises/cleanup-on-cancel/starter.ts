import * as asyncio from "asyncio";
import { world } from "looplab";

const { url, duration, patience } = world as { url: string; duration: number; patience: number };

async function download(url: string, seconds: number): Promise<string> {
  print(`opening connection to ${url}`);
  await asyncio.sleep(seconds); // the data trickles in
  print(`closing connection to ${url}`);
  return `${url}: ${seconds} s of data`;
}

async function main(): Promise<void> {
  // Waits as long as the download takes, however long that is.
  const result = await download(url, duration);
  print(result);
}

asyncio.run(main());
