// Makes the pool the loop's default executor, so that null means this pool.
import * as asyncio from "asyncio";
import { ThreadPoolExecutor } from "concurrent.futures";
import { flags, http } from "services";
import { world } from "looplab";

async function downloadOne(session: InstanceType<typeof http.ClientSession>, cc: string): Promise<string> {
  const image = await (await session.get(flags.url(cc))).read();
  print(cc);
  await asyncio.getRunningLoop().runInExecutor(null, flags.saveFlag, image, `${cc.toLowerCase()}.gif`);
  return cc;
}

async function downloadMany(ccList: string[]): Promise<number> {
  asyncio.getRunningLoop().setDefaultExecutor(new ThreadPoolExecutor(world.writers as number));
  const session = new http.ClientSession();
  const tasks = ccList.map((cc) => asyncio.createTask(downloadOne(session, cc)));
  for (const task of tasks) await task;
  await session.close();
  return tasks.length;
}

print(`${asyncio.run(downloadMany(world.countries as string[]))} flags downloaded`);
