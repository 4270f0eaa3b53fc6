import * as asyncio from "asyncio";
import { world } from "looplab";

interface Page {
  name: string;
  seconds: number;
  size: number;
}
const { pages, limit } = world as { pages: Page[]; limit: number };

/** Downloads a page: a wait of `page.seconds`. The connection closes however the fetch ends. */
async function fetch(page: Page): Promise<number> {
  try {
    await asyncio.sleep(page.seconds);
    return page.size;
  } finally {
    print(`${page.name}: connection closed`);
  }
}

/** The page's size, or null if it took longer than `limit` seconds. */
async function fetchWithin(page: Page): Promise<number | null> {
  const loop = asyncio.getRunningLoop();
  const started = loop.time();
  const size = await fetch(page);
  if (loop.time() - started > limit) {
    print(`${page.name}: timed out after ${limit} s`);
    return null;
  }
  print(`${page.name}: ${size} bytes`);
  return size;
}

async function main(): Promise<number[]> {
  const sizes = await asyncio.gather(...pages.map((page) => fetchWithin(page)));
  return sizes.filter((size): size is number => size !== null);
}

asyncio.run(main());
