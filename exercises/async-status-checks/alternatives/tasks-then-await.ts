// Creates one task per URL first, then awaits them one by one: they all wait at the same time.
import * as asyncio from "asyncio";
import { http } from "services";
import { world } from "looplab";

const urls = world.urls as string[];

async function checkStatus(url: string): Promise<number> {
  const { status } = await http.get(url);
  print(`${url}: ${status}`);
  return status;
}

async function main(): Promise<void> {
  const tasks = urls.map((url) => asyncio.createTask(checkStatus(url), { name: url }));
  let checked = 0;
  for (const task of tasks) {
    await task;
    checked += 1;
  }
  print(`checked ${checked} pages`);
}

asyncio.run(main());
