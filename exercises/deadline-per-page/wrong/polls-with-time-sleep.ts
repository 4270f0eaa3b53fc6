// fails: prints one line for every page
import * as asyncio from "asyncio";
import { world } from "looplab";
import * as time from "time";

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

/** Starts the fetch, then checks every tenth of a second whether it is done or too late. */
async function fetchWithin(page: Page): Promise<number | null> {
  const task = asyncio.createTask(fetch(page));
  for (let waited = 0; waited < limit && !task.done(); waited += 0.1) time.sleep(0.1);
  if (!task.done()) {
    task.cancel();
    print(`${page.name}: timed out after ${limit} s`);
    return null;
  }
  const size = task.result();
  print(`${page.name}: ${size} bytes`);
  return size;
}

async function main(): Promise<number[]> {
  const sizes = await asyncio.gather(...pages.map((page) => fetchWithin(page)));
  return sizes.filter((size): size is number => size !== null);
}

asyncio.run(main());
