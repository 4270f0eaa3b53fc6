// fails: no request holds the loop
import * as asyncio from "asyncio";
import { requests } from "services";
import { world } from "looplab";

const urls = world.urls as string[];

async function checkStatus(url: string): Promise<number> {
  const response = requests.get(url);
  print(`${url}: ${response.statusCode}`);
  return response.statusCode;
}

async function main(): Promise<void> {
  const statuses = await asyncio.gather(...urls.map((url) => checkStatus(url)));
  print(`checked ${statuses.length} pages`);
}

asyncio.run(main());
