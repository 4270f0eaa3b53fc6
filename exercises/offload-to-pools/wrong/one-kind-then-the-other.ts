// fails: downloads and resizes run at the same time
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
  // All resizes at once, then all downloads at once: the two kinds of job take turns.
  const sizes = await asyncio.gather(
    ...images.map((i) => loop.runInExecutor(processes, resize, i.name, i.work)),
  );
  for (const image of images) print(`resized ${image.name}`);
  const lengths = await asyncio.gather(...pages.map((url) => loop.runInExecutor(threads, download, url)));
  for (const url of pages) print(`downloaded ${url}`);
  print("all done");
  void sizes;
  void lengths;
  processes.shutdown();
  threads.shutdown();
}

asyncio.run(main());
