import * as asyncio from "asyncio";
import { http } from "services";

async function ticker(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    print("tick", i);
    await asyncio.sleep(0);
  }
}

async function fetch(session: InstanceType<typeof http.ClientSession>): Promise<void> {
  const response = await session.get("http://fast.example/");
  print("got", response.status, await response.text());
}

async function main(): Promise<void> {
  const session = new http.ClientSession();
  try {
    await asyncio.gather(fetch(session), ticker());
    // A route's missing status and null latency take the defaults: 200 after 0.3 s.
    const response = await session.get("http://plain.example/");
    print("got", response.status, await response.text(), asyncio.getRunningLoop().time().toFixed(1));
  } finally {
    await session.close();
  }
}
asyncio.run(main());
