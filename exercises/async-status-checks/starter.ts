import * as asyncio from "asyncio";
import { http } from "services";
import { world } from "looplab";

const urls = world.urls as string[];

async function checkStatus(url: string): Promise<number> {
  // Fetch `url` with `http`, print "<url>: <status>" and return the status.
  void http;
  void url;
  return 0;
}

async function main(): Promise<void> {
  // Check every URL at the same time, then print "checked N pages".
  void checkStatus;
  print(`${urls.length} pages to check`);
}

asyncio.run(main());
