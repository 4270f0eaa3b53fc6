// fails: prints all done after every job has finished
import * as asyncio from "asyncio";
import { ProcessPoolExecutor, ThreadPoolExecutor } from "concurrent.futures";
import { requests } from "services";
import { world } from "looplab";

const images = world.images as { name: string; work: number }[];
const pages = world.pages as string[];

function resize(name: string, work: number): string {
  let pixels = 0;
  for (let i = 0; i < work; i++) pixels = pixels + 1;
  return `${name} (${pixels} steps)`;
}

function download(url: string): number {
  return requests.get(url).content.length;
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const processes = new ProcessPoolExecutor();
  const threads = new ThreadPoolExecutor();
  // Starts every job, but never awaits what it started.
  for (const image of images) {
    loop.runInExecutor(processes, resize, image.name, image.work);
    print(`resized ${image.name}`);
  }
  for (const url of pages) {
    loop.runInExecutor(threads, download, url);
    print(`downloaded ${url}`);
  }
  print("all done");
}

asyncio.run(main());
