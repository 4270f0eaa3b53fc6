// wait() with a timeout returns what is done by then and leaves the rest running;
// ALL_COMPLETED (the default) waits for every task.
import * as asyncio from "asyncio";

async function job(name: string, delay: number): Promise<number> {
  await asyncio.sleep(delay);
  print(`${name} finished`);
  return delay;
}

/** wait() returns the tasks it was given, typed as futures. */
function names(tasks: Set<asyncio.Future<number>>): string {
  return [...tasks]
    .map((task) => (task as asyncio.Task<number>).getName())
    .sort()
    .join(", ");
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const tasks = [3, 1, 2].map((d) => asyncio.createTask(job(`job${d}`, d), { name: `job${d}` }));
  let [done, pending] = await asyncio.wait(tasks, { timeout: 1.5 });
  print(`at ${loop.time().toFixed(1)} done: ${names(done)}; pending: ${names(pending)}`);
  [done, pending] = await asyncio.wait(tasks, { returnWhen: asyncio.ALL_COMPLETED });
  print(`at ${loop.time().toFixed(1)} done: ${names(done)}; pending: ${names(pending)}`);
  let total = 0;
  for (const task of done) total += task.result();
  print(`total ${total}`);
  // A timeout longer than the work: wait returns when the work is done, not at the timeout.
  const extra = asyncio.createTask(job("extra", 0.5), { name: "extra" });
  [done, pending] = await asyncio.wait([extra], { timeout: 10 });
  print(`at ${loop.time().toFixed(1)} done: ${names(done)}; pending: ${names(pending)}`);
}

asyncio.run(main());
