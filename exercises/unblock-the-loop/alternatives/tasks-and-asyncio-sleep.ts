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
  const tasks = downloads.map((d) => asyncio.createTask(download(d.name, d.seconds)));
  for (const task of tasks) await task;
  print("all downloads done");
}

asyncio.run(main());
