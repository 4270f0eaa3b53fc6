// The spinner from Fluent Python: an animation runs in a task while the
// supervisor waits for a slow computation, then cancels the animation.
import * as asyncio from "asyncio";

async function spin(message: string): Promise<void> {
  const frames = "|/-\\";
  for (let i = 0; ; i++) {
    print(`${frames[i % frames.length]} ${message}`);
    try {
      await asyncio.sleep(0.5);
    } catch (error) {
      if (error instanceof asyncio.CancelledError) break; // told to stop
      throw error;
    }
  }
  print("spinner: stopped");
}

async function slowFunction(): Promise<number> {
  await asyncio.sleep(3); // pretend to wait for a long I/O operation
  return 42;
}

async function supervisor(): Promise<number> {
  const spinner = asyncio.createTask(spin("thinking!"));
  print("spinner object:", spinner);
  const result = await slowFunction();
  spinner.cancel();
  return result;
}

const result = asyncio.run(supervisor());
print("Answer:", result);
