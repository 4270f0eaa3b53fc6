// asyncio.run() creates an event loop, runs main() on it until it finishes,
// cleans up and closes the loop: the one line that starts every program.
import * as asyncio from "asyncio";
import * as time from "time";

async function main(): Promise<void> {
  print(`${time.ctime()} Hello!`);
  await asyncio.sleep(1.0);
  print(`${time.ctime()} Goodbye!`);
}

asyncio.run(main());
