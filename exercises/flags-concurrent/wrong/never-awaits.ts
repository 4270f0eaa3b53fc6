// fails: shows every country code
import * as asyncio from "asyncio";
import { flags, http } from "services";
import { world } from "looplab";

type Session = InstanceType<typeof http.ClientSession>;

const countries = world.countries as string[];

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
  await asyncio.getRunningLoop().runInExecutor(null, flags.saveFlag, image, `${cc.toLowerCase()}.gif`);
  return cc;
}

async function downloadMany(ccList: string[]): Promise<number> {
  const session = new http.ClientSession();
  for (const cc of ccList) asyncio.createTask(downloadOne(session, cc)); // started, never awaited
  return ccList.length;
}

const count = asyncio.run(downloadMany(countries));
print(`${count} flags downloaded`);
