// A named pool at module level, used through submit() and wrapFuture().
import * as asyncio from "asyncio";
import { ThreadPoolExecutor } from "concurrent.futures";
import { flags, http } from "services";
import { world } from "looplab";

const disk = new ThreadPoolExecutor(world.writers as number, { threadNamePrefix: "disk" });

async function downloadOne(cc: string): Promise<string> {
  const image = await (await http.get(flags.url(cc))).read();
  print(cc);
  await asyncio.wrapFuture(disk.submit(flags.saveFlag, image, `${cc.toLowerCase()}.gif`));
  return cc;
}

async function main(): Promise<void> {
  const done = await asyncio.gather(...(world.countries as string[]).map(downloadOne));
  disk.shutdown();
  print(`${done.length} flags downloaded`);
}

asyncio.run(main());
