// Cleanup in finally may await: the cancelled task finishes only after its cleanup is done.
import * as asyncio from "asyncio";

async function connection(name: string): Promise<void> {
  print(`${name} opens`);
  try {
    await asyncio.sleep(60);
  } finally {
    print(`${name} closing...`);
    await asyncio.sleep(0.5);
    print(`${name} closed`);
  }
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const tasks = ["db", "cache"].map((n) => asyncio.createTask(connection(n)));
  await asyncio.sleep(1);
  for (const task of tasks) {
    task.cancel();
  }
  const results = await asyncio.gather(...tasks, { returnExceptions: true });
  print(
    "gathered",
    results.map((r) => (r as Error).name),
    "at",
    loop.time().toFixed(1),
  );
}

asyncio.run(main());
