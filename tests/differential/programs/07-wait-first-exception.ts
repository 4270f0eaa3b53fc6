// wait(..., { returnWhen: FIRST_EXCEPTION }) returns when a task raises; the exception stays in it.
import * as asyncio from "asyncio";

class RuntimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RuntimeError";
  }
}

async function job(name: string, delay: number, fail = false): Promise<string> {
  await asyncio.sleep(delay);
  if (fail) {
    print(`${name} raises`);
    throw new RuntimeError(`${name} failed`);
  }
  print(`${name} finished`);
  return name;
}

/** wait() returns the tasks it was given, typed as futures. */
function names(tasks: Set<asyncio.Future<string>>): string {
  return [...tasks]
    .map((task) => (task as asyncio.Task<string>).getName())
    .sort()
    .join(", ");
}

async function main(): Promise<void> {
  const tasks = [
    asyncio.createTask(job("ok", 1), { name: "ok" }),
    asyncio.createTask(job("bad", 2, true), { name: "bad" }),
    asyncio.createTask(job("late", 5), { name: "late" }),
  ];
  let [done, pending] = await asyncio.wait(tasks, { returnWhen: asyncio.FIRST_EXCEPTION });
  print(`done: ${names(done)}; pending: ${names(pending)}`);
  const finished = tasks.filter((t) => done.has(t)).sort((x, y) => (x.getName() < y.getName() ? -1 : 1));
  for (const task of finished) {
    const error = task.exception() as Error | null;
    if (error === null) {
      print(`${task.getName()} returned ${task.result()}`);
    } else {
      print(`${task.getName()} raised ${error.name}: ${error.message}`);
    }
  }
  // With no exception at all, FIRST_EXCEPTION waits for everything.
  [done, pending] = await asyncio.wait(pending, { returnWhen: asyncio.FIRST_EXCEPTION });
  print(`done: ${names(done)}; pending: ${names(pending)}`);
}

asyncio.run(main());
