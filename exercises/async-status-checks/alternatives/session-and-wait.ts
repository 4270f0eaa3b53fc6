// A shared ClientSession and asyncio.wait instead of gather.
import * as asyncio from "asyncio";
import { http } from "services";
import { world } from "looplab";

type Session = InstanceType<typeof http.ClientSession>;

async function checkStatus(session: Session, url: string): Promise<number> {
  const response = await session.get(url);
  print(`${url}: ${response.status}`);
  return response.status;
}

async function main(): Promise<void> {
  const session = new http.ClientSession();
  try {
    const tasks = (world.urls as string[]).map((url) => asyncio.createTask(checkStatus(session, url)));
    const [done] = await asyncio.wait(tasks);
    print(`checked ${done.size} pages`);
  } finally {
    await session.close();
  }
}

asyncio.run(main());
