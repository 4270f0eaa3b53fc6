import * as asyncio from "asyncio";
import { requests } from "services";
import { world } from "looplab";

const orders = world.orders as number[];

async function audit(id: number): Promise<void> {
  await asyncio.sleep(0.05); // writes to the audit log
  print(`order ${id}: audited`);
}

async function processOrder(id: number): Promise<void> {
  const response = requests.get(`http://shop.example/orders/${id}`);
  print(`order ${id}: ${response.text}`);
  audit(id);
}

async function main(): Promise<void> {
  await asyncio.gather(...orders.map((id) => processOrder(id)));
  print("all orders processed");
}

asyncio.run(main(), { debug: true });
