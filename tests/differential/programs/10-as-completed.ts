// asCompleted yields awaitables in completion order; with a timeout it raises TimeoutError
// for the ones not done in time.
import * as asyncio from "asyncio";

async function job(name: string, delay: number): Promise<string> {
  await asyncio.sleep(delay);
  print(`${name} finished`);
  return name;
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const specs: [string, number][] = [
    ["c", 3],
    ["a", 1],
    ["b", 2],
    ["a2", 1],
  ];
  const tasks = specs.map(([n, d]) => asyncio.createTask(job(n, d)));
  for (const nextDone of asyncio.asCompleted(tasks)) {
    const name = await nextDone;
    print(`got ${name} at ${loop.time().toFixed(1)}`);
  }
  const moreSpecs: [string, number][] = [
    ["slow", 4],
    ["quick", 0.5],
    ["medium", 1.5],
  ];
  const more = moreSpecs.map(([n, d]) => asyncio.createTask(job(n, d)));
  try {
    for (const nextDone of asyncio.asCompleted(more, { timeout: 2 })) {
      const name = await nextDone;
      print(`got ${name} at ${loop.time().toFixed(1)}`);
    }
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(`${e.name} at ${loop.time().toFixed(1)}`);
  }
  print(`slow done? ${more[0].done()}`);
  await more[0];
  print(`slow awaited at ${loop.time().toFixed(1)}`);
}

asyncio.run(main());
