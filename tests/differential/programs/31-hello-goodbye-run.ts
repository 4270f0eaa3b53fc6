// The Hello/Goodbye example: asyncio.run() with time.ctime() timestamps on the virtual epoch.
import * as asyncio from "asyncio";
import * as time from "time";

async function main(): Promise<void> {
  print(`${time.ctime()} Hello!`);
  await asyncio.sleep(1.0);
  print(`${time.ctime()} Goodbye!`);
}

asyncio.run(main());
print(`${time.ctime(0)} is the Unix epoch; ${(time.time() - 1566094474).toFixed(1)} s have passed`);
