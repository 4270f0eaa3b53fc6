// An exception that escapes main ends the program with that error; pending tasks are
// cancelled first, so their finally blocks still print.
import * as asyncio from "asyncio";

class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

async function watcher(): Promise<void> {
  try {
    await asyncio.sleep(10);
  } finally {
    print("watcher cleaned up");
  }
}

async function load(name: string): Promise<void> {
  await asyncio.sleep(0.25);
  throw new ConfigError(`missing key '${name}'`);
}

async function main(): Promise<void> {
  asyncio.createTask(watcher());
  print("loading");
  await load("port");
  print("not reached");
}

asyncio.run(main());
print("not reached either");
