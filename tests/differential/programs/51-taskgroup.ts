// TaskGroup (Python 3.11): when a child fails, its siblings are cancelled, and the errors come
// out together as an ExceptionGroup once every child is done. Python's `async with` block is the
// body function of TaskGroup.run().
import * as asyncio from "asyncio";

class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ValueError";
  }
}

async function child(name: string, delay: number, fail = false): Promise<string> {
  try {
    await asyncio.sleep(delay);
    if (fail) {
      print(`${name} fails`);
      throw new ValueError(`${name} failed`);
    }
    print(`${name} succeeds`);
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`${name} cancelled`);
    throw e;
  }
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const [a, b] = await asyncio.TaskGroup.run(async (tg) => [
    tg.createTask(child("a", 1)),
    tg.createTask(child("b", 0.5)),
  ]);
  print(`all done at ${loop.time().toFixed(1)}: ${a.result()}, ${b.result()}`);
  try {
    await asyncio.TaskGroup.run(async (tg) => {
      tg.createTask(child("ok", 1));
      tg.createTask(child("bad", 2, true));
      tg.createTask(child("slow", 5));
    });
  } catch (e) {
    if (!(e instanceof asyncio.ExceptionGroup)) throw e;
    print(`${e.name}: ${e.message}`);
    for (const error of e.exceptions as Error[]) {
      print(`  ${error.name}: ${error.message}`);
    }
  }
  print(`finished at ${loop.time().toFixed(1)}`);
}

asyncio.run(main());
