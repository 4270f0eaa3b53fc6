// wait(..., { returnWhen: FIRST_COMPLETED }) returns as soon as one task is done.
import * as asyncio from "asyncio";

async function job(name: string, delay: number): Promise<string> {
  await asyncio.sleep(delay);
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
    asyncio.createTask(job("a", 3), { name: "a" }),
    asyncio.createTask(job("b", 1), { name: "b" }),
    asyncio.createTask(job("c", 1), { name: "c" }),
    asyncio.createTask(job("d", 2), { name: "d" }),
  ];
  let [done, pending] = await asyncio.wait(tasks, { returnWhen: asyncio.FIRST_COMPLETED });
  print(`done: ${names(done)}; pending: ${names(pending)}`);
  [done, pending] = await asyncio.wait(pending, { returnWhen: asyncio.FIRST_COMPLETED });
  print(`done: ${names(done)}; pending: ${names(pending)}`);
  for (const task of pending) {
    task.cancel();
  }
  [done, pending] = await asyncio.wait(pending);
  print(`done: ${names(done)}; pending: ${names(pending)}`);
  print(`a cancelled? ${tasks[0].cancelled()}`);
}

asyncio.run(main());
