// fails: the resizes compute in parallel, in processes
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
  const threads = new ThreadPoolExecutor();
  const resizeOne = async (image: { name: string; work: number }): Promise<void> => {
    resize(image.name, image.work); // computed on the loop's own thread
    print(`resized ${image.name}`);
  };
  const downloadOne = async (url: string): Promise<void> => {
    await loop.runInExecutor(threads, download, url);
    print(`downloaded ${url}`);
  };
  await asyncio.gather(...pages.map(downloadOne), ...images.map(resizeOne));
  print("all done");
  threads.shutdown();
  void ProcessPoolExecutor;
}

asyncio.run(main());
