import * as asyncio from "asyncio";
import { ProcessPoolExecutor, ThreadPoolExecutor } from "concurrent.futures";
import { requests } from "services";
import { world } from "looplab";

const images = world.images as { name: string; work: number }[];
const pages = world.pages as string[];

/** CPU-bound: `work` steps of computation. */
function resize(name: string, work: number): string {
  let pixels = 0;
  for (let i = 0; i < work; i++) pixels = pixels + 1;
  return `${name} (${pixels} steps)`;
}

/** Blocking I/O: holds the calling thread until the page has arrived. */
function download(url: string): number {
  return requests.get(url).content.length;
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const processes = new ProcessPoolExecutor();
  const threads = new ThreadPoolExecutor();
  try {
    const resizeOne = async (image: { name: string; work: number }): Promise<void> => {
      await loop.runInExecutor(processes, resize, image.name, image.work);
      print(`resized ${image.name}`);
    };
    const downloadOne = async (url: string): Promise<void> => {
      await loop.runInExecutor(threads, download, url);
      print(`downloaded ${url}`);
    };
    await asyncio.gather(...images.map(resizeOne), ...pages.map(downloadOne));
    print("all done");
  } finally {
    processes.shutdown();
    threads.shutdown();
  }
}

asyncio.run(main());
