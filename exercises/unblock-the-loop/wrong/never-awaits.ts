// fails: reports when all downloads are done
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
  // Starts the downloads and reports at once, then waits for them.
  const tasks = downloads.map((d) => asyncio.createTask(download(d.name, d.seconds)));
  await asyncio.sleep(0);
  print("all downloads done");
  await asyncio.gather(...tasks);
}

asyncio.run(main());
