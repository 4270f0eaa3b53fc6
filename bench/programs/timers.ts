// Timer throughput: 10,000 tasks sleeping for different durations (10,000 timers in the heap).
import * as asyncio from "asyncio";

async function sleeper(i: number): Promise<number> {
  await asyncio.sleep((i % 100) / 1000);
  return i;
}

async function main() {
  const tasks = [];
  for (let i = 0; i < 10000; i++) tasks.push(asyncio.createTask(sleeper(i)));
  const results = await asyncio.gather(...tasks);
  print(results.length);
}

asyncio.run(main());
