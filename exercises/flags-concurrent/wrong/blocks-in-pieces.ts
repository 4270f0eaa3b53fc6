// fails: the downloads wait at the same time
import * as asyncio from "asyncio";
import * as time from "time";
import { flags } from "services";
import { world } from "looplab";

const latency = (world.flags as { latency: Record<string, number> }).latency;

async function downloadOne(cc: string): Promise<string> {
  // Pretends to download in 50 ms blocking slices, giving the loop back between them.
  for (let waited = 0; waited < latency[cc] - 1e-9; waited += 0.05) {
    time.sleep(0.05);
    await asyncio.sleep(0);
  }
  print(cc);
  await asyncio.toThread(flags.saveFlag, `<flag of ${cc}>`, `${cc.toLowerCase()}.gif`);
  return cc;
}

async function downloadMany(ccList: string[]): Promise<number> {
  return (await asyncio.gather(...ccList.map(downloadOne))).length;
}

print(`${asyncio.run(downloadMany(world.countries as string[]))} flags downloaded`);
