import * as asyncio from "asyncio";
import * as time from "time";
import { world } from "looplab";

const downloads = world.downloads as { name: string; seconds: number }[];

async function download(name: string, seconds: number): Promise<string> {
  print(`start ${name}`);
  await asyncio.getRunningLoop().runInExecutor(null, time.sleep, seconds);
  print(`done ${name}`);
  return name;
}

async function main(): Promise<void> {
  await asyncio.gather(...downloads.map((d) => download(d.name, d.seconds)));
  print("all downloads done");
}

asyncio.run(main());
