// getRunningLoop() only works while a loop is running, that is, from inside a
// coroutine or callback that the loop is executing.
import * as asyncio from "asyncio";

try {
  asyncio.getRunningLoop();
} catch (error) {
  print("outside any coroutine:", error);
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  print("inside main: loop running?", loop.isRunning());
  print("inside main: loop time", loop.time());
}

asyncio.run(main());
