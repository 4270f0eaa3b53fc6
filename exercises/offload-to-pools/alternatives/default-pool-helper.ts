// One helper for both kinds of job, and the loop's default thread pool for the downloads.
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

async function inPool<A extends unknown[], T>(
  pool: ProcessPoolExecutor | ThreadPoolExecutor | null,
  label: string,
  fn: (...args: A) => T,
  ...args: A
): Promise<T> {
  const result = await asyncio.getRunningLoop().runInExecutor(pool, fn, ...args);
  print(label);
  return result;
}

async function main(): Promise<void> {
  const processes = new ProcessPoolExecutor();
  try {
    await asyncio.gather(
      ...pages.map((url) => inPool(null, `downloaded ${url}`, download, url)),
      ...images.map((image) => inPool(processes, `resized ${image.name}`, resize, image.name, image.work)),
    );
  } finally {
    processes.shutdown();
  }
  print("all done");
  void ThreadPoolExecutor;
}

asyncio.run(main());
