import * as asyncio from "asyncio";
import { http } from "services";
import { world } from "looplab";

const urls = world.urls as string[];

async function checkStatus(url: string): Promise<number> {
  const response = await http.get(url); // waits without holding the loop
  print(`${url}: ${response.status}`);
  return response.status;
}

async function main(): Promise<void> {
  const statuses = await asyncio.gather(...urls.map((url) => checkStatus(url)));
  print(`checked ${statuses.length} pages`);
}

asyncio.run(main());
