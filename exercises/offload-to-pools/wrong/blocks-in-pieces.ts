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

/** Resizes in small pieces on the loop, giving the loop back between pieces. */
async function resizeInPieces(image: { name: string; work: number }): Promise<void> {
  for (let done = 0; done < image.work; done += 100_000) {
    resize(image.name, Math.min(100_000, image.work - done));
    await asyncio.sleep(0);
  }
  print(`resized ${image.name}`);
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const threads = new ThreadPoolExecutor();
  const downloadOne = async (url: string): Promise<void> => {
    await loop.runInExecutor(threads, download, url);
    print(`downloaded ${url}`);
  };
  await asyncio.gather(...images.map(resizeInPieces), ...pages.map(downloadOne));
  print("all done");
  threads.shutdown();
  void ProcessPoolExecutor;
}

asyncio.run(main());
