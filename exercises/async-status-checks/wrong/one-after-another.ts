// fails: the requests wait at the same time
import * as asyncio from "asyncio";
import { http } from "services";
import { world } from "looplab";

const urls = world.urls as string[];

async function checkStatus(url: string): Promise<number> {
  const response = await http.get(url);
  print(`${url}: ${response.status}`);
  return response.status;
}

async function main(): Promise<void> {
  for (const url of urls) await asyncio.createTask(checkStatus(url));
  print(`checked ${urls.length} pages`);
}

asyncio.run(main());
