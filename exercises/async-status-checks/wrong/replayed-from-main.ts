// fails: each page is checked in its own task
import * as asyncio from "asyncio";
import { http } from "services";
import { world } from "looplab";

const urls = world.urls as string[];

async function main(): Promise<void> {
  const responses = await asyncio.gather(...urls.map((url) => http.get(url)));
  for (const response of responses) print(`${response.url}: ${response.status}`);
  print(`checked ${responses.length} pages`);
}

asyncio.run(main());
