// fails: a slow page's connection is closed at the limit
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

/** Skips the pages it knows to be slow and prints their line when the limit is up. */
async function fetchWithin(page: Page): Promise<number | null> {
  if (page.seconds > limit) {
    await asyncio.sleep(limit);
    print(`${page.name}: timed out after ${limit} s`);
    return null;
  }
  const size = await fetch(page);
  print(`${page.name}: ${size} bytes`);
  return size;
}

async function main(): Promise<number[]> {
  const sizes = await asyncio.gather(...pages.map((page) => fetchWithin(page)));
  return sizes.filter((size): size is number => size !== null);
}

asyncio.run(main());
