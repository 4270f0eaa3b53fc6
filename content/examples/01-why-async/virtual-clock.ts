// Looplab's clock is virtual: a one-hour sleep finishes instantly in real time,
// but every timestamp and time.ctime() moves forward by exactly one hour.
import * as asyncio from "asyncio";
import * as time from "time";

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  print(time.ctime(), "- going to sleep for an hour");
  await asyncio.sleep(3600);
  print(time.ctime(), "- awake again");
  print("seconds on the loop's clock:", loop.time());
}

asyncio.run(main());
