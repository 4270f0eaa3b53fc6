// fails: the downloads wait at the same time
import * as asyncio from "asyncio";
import { ThreadPoolExecutor } from "concurrent.futures";
import { flags, http } from "services";
import { world } from "looplab";

type Session = InstanceType<typeof http.ClientSession>;

const countries = world.countries as string[];
const writers = world.writers as number;

async function getFlag(session: Session, cc: string): Promise<string> {
  const resp = await session.get(flags.url(cc));
  return await resp.read();
}

async function downloadOne(session: Session, cc: string, pool: ThreadPoolExecutor): Promise<string> {
  const image = await getFlag(session, cc);
  print(cc);
  await asyncio.getRunningLoop().runInExecutor(pool, flags.saveFlag, image, `${cc.toLowerCase()}.gif`);
  return cc;
}

async function downloadMany(ccList: string[]): Promise<number> {
  const session = new http.ClientSession();
  const pool = new ThreadPoolExecutor(writers);
  // Right pool, right lines, but one flag at a time.
  for (const cc of ccList) await downloadOne(session, cc, pool);
  pool.shutdown();
  await session.close();
  return ccList.length;
}

const count = asyncio.run(downloadMany(countries));
print(`${count} flags downloaded`);
