// Event-loop throughput: 1,000 tasks each awaiting sleep(0) 200 times (200,000 task steps).
import * as asyncio from "asyncio";

async function worker(): Promise<void> {
  for (let i = 0; i < 200; i++) await asyncio.sleep(0);
}

async function main() {
  const tasks = [];
  for (let i = 0; i < 1000; i++) tasks.push(asyncio.createTask(worker()));
  await asyncio.gather(...tasks);
  print("done");
}

asyncio.run(main());
