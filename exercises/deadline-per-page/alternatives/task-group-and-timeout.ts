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

/** Fetches and reports one page; the deadline covers the fetch. */
async function report(page: Page, sizes: Map<string, number>): Promise<void> {
  try {
    await asyncio.timeout(limit, async (deadline) => {
      const size = await fetch(page);
      if (!deadline.expired()) sizes.set(page.name, size);
      print(`${page.name}: ${size} bytes`);
    });
  } catch (error) {
    if (!(error instanceof asyncio.TimeoutError)) throw error;
    print(`${page.name}: timed out after ${limit} s`);
  }
}

async function main(): Promise<number[]> {
  const sizes = new Map<string, number>();
  await asyncio.TaskGroup.run((tg) => {
    for (const page of pages) tg.createTask(report(page, sizes));
  });
  return pages.filter((page) => sizes.has(page.name)).map((page) => sizes.get(page.name) as number);
}

asyncio.run(main());
