// Cancelling the future gather returns cancels every child still running; awaiting it then
// raises CancelledError. Children that already finished keep their results.
import * as asyncio from "asyncio";

async function child(name: string, delay: number): Promise<string> {
  try {
    await asyncio.sleep(delay);
    print(`${name} finished`);
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print(`${name} cancelled at ${asyncio.getRunningLoop().time().toFixed(1)}`);
    }
    throw e;
  }
}

async function main(): Promise<void> {
  const specs: [string, number][] = [
    ["one", 1],
    ["two", 2],
    ["three", 3],
  ];
  const tasks = specs.map(([n, d]) => asyncio.createTask(child(n, d)));
  const group = asyncio.gather(...tasks);
  await asyncio.sleep(1.5);
  print(`cancel() returned ${group.cancel()}`);
  try {
    await group;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("awaiting the gather raised CancelledError");
  }
  for (const task of tasks) {
    const state = task.cancelled() ? "cancelled" : `result ${task.result()}`;
    print(`${task.getName()}: ${state}`);
  }
}

asyncio.run(main());
