// fails: the loop is not held in small pieces either
import * as asyncio from "asyncio";
import * as time from "time";
import { world } from "looplab";

const downloads = world.downloads as { name: string; seconds: number }[];

async function download(name: string, seconds: number): Promise<string> {
  print(`start ${name}`);
  time.sleep(0.04); // "just a little" blocking, under the 0.1 s limit each time
  await asyncio.sleep(seconds - 0.04);
  print(`done ${name}`);
  return name;
}

async function main(): Promise<void> {
  await asyncio.gather(...downloads.map((d) => download(d.name, d.seconds)));
  print("all downloads done");
}

asyncio.run(main());
