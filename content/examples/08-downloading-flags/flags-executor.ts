// Saving a file blocks too. Here each image is written by a worker of the loop's default thread
// pool, so the loop never waits for the disk. The debug mode is on: no step is reported as slow.
import * as asyncio from "asyncio";
import * as time from "time";
import { flags, http } from "services";

type Session = InstanceType<typeof http.ClientSession>;

async function getFlag(session: Session, cc: string): Promise<string> {
  const resp = await session.get(flags.url(cc));
  return await resp.read();
}

async function downloadOne(session: Session, cc: string): Promise<string> {
  const image = await getFlag(session, cc);
  print(cc);
  const loop = asyncio.getRunningLoop();
  await loop.runInExecutor(null, flags.saveFlag, image, `${cc.toLowerCase()}.gif`);
  return cc;
}

async function downloadMany(ccList: readonly string[]): Promise<number> {
  const session = new http.ClientSession();
  try {
    const res = await asyncio.gather(...ccList.map((cc) => asyncio.createTask(downloadOne(session, cc))));
    return res.length;
  } finally {
    await session.close();
  }
}

const t0 = time.time();
const count = asyncio.run(downloadMany(["BR", "CN", "IN", "JP", "US"]), { debug: true });
print(`${count} flags downloaded in ${(time.time() - t0).toFixed(2)}s; saved: ${flags.saved().join(" ")}`);
