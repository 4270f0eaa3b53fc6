// Each asyncio.run() makes a new loop on the same clock. Task numbers keep counting across
// runs, and run() itself uses two tasks after main (shutdown_asyncgens and
// shutdown_default_executor), so the second run's main task is Task-5.
import * as asyncio from "asyncio";

async function main(label: string): Promise<string> {
  const child = asyncio.createTask(asyncio.sleep(0.5, label));
  print(`${label}: main is ${asyncio.currentTask()!.getName()}, child is ${child.getName()}`);
  return await child;
}

const first = asyncio.run(main("first"));
const second = asyncio.run(main("second"));
print(`results ${first}, ${second}`);
