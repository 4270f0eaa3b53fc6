// A thread pool of its own for the saves, and asyncio.wait over the tasks.
import * as asyncio from "asyncio";
import { flags, http } from "services";
import { world } from "looplab";
import { ThreadPoolExecutor } from "concurrent.futures";

type Session = InstanceType<typeof http.ClientSession>;

const countries = world.countries as string[];

async function getFlag(session: Session, cc: string): Promise<string> {
  const resp = await session.get(flags.url(cc));
  return await resp.read();
}

function show(text: string): void {
  print(text);
}

async function downloadOne(session: Session, cc: string, pool: ThreadPoolExecutor): Promise<string> {
  const image = await getFlag(session, cc);
  show(cc);
  await asyncio.getRunningLoop().runInExecutor(pool, flags.saveFlag, image, `${cc.toLowerCase()}.gif`);
  return cc;
}

async function downloadMany(ccList: string[]): Promise<number> {
  const session = new http.ClientSession();
  const pool = new ThreadPoolExecutor(4);
  try {
    const tasks = ccList.map((cc) => asyncio.createTask(downloadOne(session, cc, pool)));
    const [done] = await asyncio.wait(tasks);
    return done.size;
  } finally {
    pool.shutdown();
    await session.close();
  }
}

const count = asyncio.run(downloadMany(countries));
print(`${count} flags downloaded`);
