// Starts each audit as a task and awaits it before the order counts as processed.
import * as asyncio from "asyncio";
import { http } from "services";
import { world } from "looplab";

async function audit(id: number): Promise<void> {
  await asyncio.sleep(0.05);
  print(`order ${id}: audited`);
}

async function processOrder(session: InstanceType<typeof http.ClientSession>, id: number): Promise<void> {
  const text = await (await session.get(`http://shop.example/orders/${id}`)).text();
  print(`order ${id}: ${text}`);
  const auditing = asyncio.createTask(audit(id));
  await auditing;
}

async function main(): Promise<void> {
  const session = new http.ClientSession();
  const tasks = (world.orders as number[]).map((id) => asyncio.createTask(processOrder(session, id)));
  for (const task of tasks) await task;
  await session.close();
  print("all orders processed");
}

asyncio.run(main(), { debug: true });
