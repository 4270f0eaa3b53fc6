// fails: the pages in time are reported when they arrive
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
  const byTask = new Map(tasks.map((task, index) => [task, pages[index]]));
  const [, pending] = await asyncio.wait(tasks, { timeout: limit });
  for (const task of pending) task.cancel();
  await asyncio.gather(...pending, { returnExceptions: true });
  const sizes: number[] = [];
  for (const task of tasks) {
    const page = byTask.get(task) as Page;
    if (task.cancelled()) {
      print(`${page.name}: timed out after ${limit} s`);
    } else {
      print(`${page.name}: ${task.result()} bytes`);
      sizes.push(task.result());
    }
  }
  return sizes;
}

asyncio.run(main());
