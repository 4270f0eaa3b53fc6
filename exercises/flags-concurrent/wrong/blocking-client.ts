// fails: the loop is never held longer than 100 ms
import * as asyncio from "asyncio";
import { flags, requests } from "services";
import { world } from "looplab";

async function downloadOne(cc: string): Promise<string> {
  const image = requests.get(flags.url(cc)).content;
  print(cc);
  await asyncio.getRunningLoop().runInExecutor(null, flags.saveFlag, image, `${cc.toLowerCase()}.gif`);
  return cc;
}

async function downloadMany(ccList: string[]): Promise<number> {
  const res = await asyncio.gather(...ccList.map((cc) => asyncio.createTask(downloadOne(cc))));
  return res.length;
}

print(`${asyncio.run(downloadMany(world.countries as string[]))} flags downloaded`);
