// Fluent Python's flags_asyncio.py: one task per flag, all started by gather, sharing one client
// session. The requests wait at the same time, so the whole download takes about as long as the
// slowest flag.
import * as asyncio from "asyncio";
import * as time from "time";
import { flags, http } from "services";

type Session = InstanceType<typeof http.ClientSession>;

async function getFlag(session: Session, cc: string): Promise<string> {
  const resp = await session.get(flags.url(cc));
  return await resp.read();
}

function show(text: string): void {
  print(text);
}

async function downloadOne(session: Session, cc: string): Promise<string> {
  const image = await getFlag(session, cc);
  show(cc);
  flags.saveFlag(image, `${cc.toLowerCase()}.gif`); // blocks the loop for a moment: see below
  return cc;
}

async function downloadMany(ccList: readonly string[]): Promise<number> {
  const session = new http.ClientSession();
  try {
    const res = await asyncio.gather(
      ...[...ccList].sort().map((cc) => asyncio.createTask(downloadOne(session, cc))),
    );
    return res.length;
  } finally {
    await session.close();
  }
}

const t0 = time.time();
const count = asyncio.run(downloadMany(flags.POP20_CC));
print(`${count} flags downloaded in ${(time.time() - t0).toFixed(2)}s`);
