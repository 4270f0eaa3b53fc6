// fails: shows each flag from its own task
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

async function downloadMany(ccList: string[]): Promise<number> {
  const session = new http.ClientSession();
  const images = await asyncio.gather(...ccList.map((cc) => getFlag(session, cc)));
  const loop = asyncio.getRunningLoop();
  await asyncio.gather(
    ...ccList.map((cc, i) => {
      show(cc);
      return loop.runInExecutor(null, flags.saveFlag, images[i], `${cc.toLowerCase()}.gif`);
    }),
  );
  await session.close();
  return ccList.length;
}

const count = asyncio.run(downloadMany(countries));
print(`${count} flags downloaded`);
