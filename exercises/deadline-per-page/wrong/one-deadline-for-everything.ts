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

async function main(): Promise<number[]> {
  const tasks = pages.map((page) => asyncio.createTask(fetch(page)));
  try {
    // One deadline for the whole batch: a single slow page throws away every result.
    await asyncio.waitFor(asyncio.gather(...tasks), limit);
  } catch (error) {
    if (!(error instanceof asyncio.TimeoutError)) throw error;
    print(`timed out after ${limit} s`);
  }
  return tasks.filter((task) => task.done() && !task.cancelled()).map((task) => task.result());
}

asyncio.run(main());
