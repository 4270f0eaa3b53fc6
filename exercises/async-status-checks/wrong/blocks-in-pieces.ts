// fails: the requests wait at the same time
import * as asyncio from "asyncio";
import * as time from "time";
import { world } from "looplab";

const urls = world.urls as string[];
const routes = (world.http as { routes: Record<string, { status: number; latency: number }> }).routes;

async function checkStatus(url: string): Promise<number> {
  // Waits in slices of 50 ms, giving the loop back between slices, instead of awaiting the network.
  for (let waited = 0; waited < routes[url].latency - 1e-9; waited += 0.05) {
    time.sleep(0.05);
    await asyncio.sleep(0);
  }
  print(`${url}: ${routes[url].status}`);
  return routes[url].status;
}

async function main(): Promise<void> {
  await asyncio.gather(...urls.map((url) => checkStatus(url)));
  print(`checked ${urls.length} pages`);
}

asyncio.run(main());
