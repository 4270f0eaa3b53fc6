// fails: prints one line for every page
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
  try {
    const size = await asyncio.waitFor(fetch(page), limit);
    print(`${page.name}: ${size} bytes`);
    return size;
  } catch (error) {
    if (!(error instanceof asyncio.TimeoutError)) throw error;
    print(`${page.name}: timed out after ${limit} s`);
    return null;
  }
}

async function main(): Promise<number[]> {
  const tasks = pages.map((page) => asyncio.createTask(fetchWithin(page)));
  print(`started ${tasks.length} fetches`);
  return []; // returns before any fetch has had a turn
}

asyncio.run(main());
