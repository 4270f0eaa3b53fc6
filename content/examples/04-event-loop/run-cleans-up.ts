// When main() returns, asyncio.run() cancels every task that is still running,
// lets it react to the cancellation, and only then closes the loop.
import * as asyncio from "asyncio";

async function heartbeat(): Promise<void> {
  try {
    for (let beat = 1; ; beat++) {
      print(`heartbeat ${beat}`);
      await asyncio.sleep(0.4);
    }
  } finally {
    print("heartbeat: cancelled, cleaning up");
  }
}

async function main(): Promise<string> {
  asyncio.createTask(heartbeat()); // runs in the background; nobody awaits it
  await asyncio.sleep(1);
  print("main: done, returning");
  return "main's result";
}

const result = asyncio.run(main());
print("asyncio.run returned:", result);
