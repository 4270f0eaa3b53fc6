// fails: every save runs on the program's pool, not the default one
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
  void pool;
  flags.saveFlag(image, `${cc.toLowerCase()}.gif`); // on the loop's own thread
  return cc;
}

async function downloadMany(ccList: string[]): Promise<number> {
  const session = new http.ClientSession();
  const pool = new ThreadPoolExecutor(writers); // the disk takes `writers` saves at a time
  try {
    const res = await asyncio.gather(
      ...ccList.map((cc) => asyncio.createTask(downloadOne(session, cc, pool))),
    );
    return res.length;
  } finally {
    pool.shutdown();
    await session.close();
  }
}

const count = asyncio.run(downloadMany(countries));
print(`${count} flags downloaded`);
