import * as asyncio from "asyncio";
import * as time from "time";
import { http, requests, flags } from "services";

async function fetch(session: InstanceType<typeof http.ClientSession>, cc: string): Promise<void> {
  const resp = await session.get(flags.url(cc));
  const body = await resp.read();
  print(cc, resp.status, body.length);
}

async function main(): Promise<void> {
  const session = new http.ClientSession();
  try {
    await asyncio.gather(...flags.POP20_CC.slice(0, 5).map((cc) => fetch(session, cc)));
    const r = await session.get("http://www.example.com/nope");
    print(r.status);
    try {
      r.raiseForStatus();
    } catch (e) {
      print((e as Error).message);
    }
  } finally {
    await session.close();
  }
  const r = requests.get("http://www.example.com");
  print(r.statusCode, r.text.length, time.monotonic().toFixed(2));
  flags.saveFlag(r.content, "x.gif");
  print(flags.saved(), time.monotonic().toFixed(3));
}
asyncio.run(main());
