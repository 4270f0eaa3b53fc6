import * as asyncio from "asyncio";
import * as time from "time";
import { http, requests } from "services";

function crash(seconds: number): never {
  time.sleep(seconds);
  throw new RangeError(`gave up after ${seconds} s`);
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  try {
    await loop.runInExecutor(null, crash, 1.5);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    print("executor:", error.message, loop.time().toFixed(1));
  }
  const session = new http.ClientSession();
  try {
    try {
      await session.get("http://no-such-host.test/");
    } catch (error) {
      print("aiohttp:", (error as Error).message);
    }
    const response = await session.get("http://flupy.org/data/flags/xx/xx.gif");
    print("status", response.status, loop.time().toFixed(2));
  } finally {
    await session.close();
  }
  try {
    requests.get("http://no-such-host.test/");
  } catch (error) {
    print("requests:", (error as Error).message);
  }
  const response = requests.get("http://www.example.com/missing");
  try {
    response.raiseForStatus();
  } catch (error) {
    print((error as Error).message, loop.time().toFixed(2));
  }
}

asyncio.run(main());
