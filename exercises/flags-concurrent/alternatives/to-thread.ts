// asyncio.toThread for the saves, gather over plain coroutines, no shared session.
import * as asyncio from "asyncio";
import { flags, http } from "services";
import { world } from "looplab";

function show(text: string): void {
  print(text);
}

async function downloadOne(cc: string): Promise<string> {
  const image = await (await http.get(flags.url(cc))).read();
  show(cc);
  await asyncio.toThread(flags.saveFlag, image, cc.toLowerCase() + ".gif");
  return cc;
}

async function downloadMany(ccList: string[]): Promise<number> {
  return (await asyncio.gather(...ccList.map(downloadOne))).length;
}

print(`${asyncio.run(downloadMany(world.countries as string[]))} flags downloaded`);
