// fails: each download runs in its own task
import * as asyncio from "asyncio";
import { world } from "looplab";

const downloads = world.downloads as { name: string; seconds: number }[];

async function main(): Promise<void> {
  // The right lines at the right times, from main alone.
  for (const d of downloads) print(`start ${d.name}`);
  let now = 0;
  for (const d of [...downloads].sort((a, b) => a.seconds - b.seconds)) {
    await asyncio.sleep(d.seconds - now);
    now = d.seconds;
    print(`done ${d.name}`);
  }
  print("all downloads done");
}

asyncio.run(main());
