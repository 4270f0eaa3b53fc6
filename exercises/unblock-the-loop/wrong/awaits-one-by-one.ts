// fails: every download starts before any finishes
import * as asyncio from "asyncio";
import { world } from "looplab";

const downloads = world.downloads as { name: string; seconds: number }[];

async function download(name: string, seconds: number): Promise<string> {
  print(`start ${name}`);
  await asyncio.sleep(seconds);
  print(`done ${name}`);
  return name;
}

async function main(): Promise<void> {
  // Right lines, wrong concurrency: each download is awaited before the next one starts.
  for (const d of downloads) await download(d.name, d.seconds);
  print("all downloads done");
}

asyncio.run(main());
