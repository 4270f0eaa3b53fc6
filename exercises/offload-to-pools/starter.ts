import * as asyncio from "asyncio";
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
  // Resize every image in a process pool and download every page in a thread pool, all at once.
  print(`${images.length} images and ${pages.length} pages to do`);
  void resize;
  void download;
}

asyncio.run(main());
