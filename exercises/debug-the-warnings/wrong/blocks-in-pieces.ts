// fails: the orders are fetched at the same time
import * as asyncio from "asyncio";
import * as time from "time";
import { world } from "looplab";

const orders = world.orders as number[];
const routes = (world.http as { routes: Record<string, { body: string; latency: number }> }).routes;

async function audit(id: number): Promise<void> {
  await asyncio.sleep(0.05);
  print(`order ${id}: audited`);
}

async function processOrder(id: number): Promise<void> {
  const route = routes[`http://shop.example/orders/${id}`];
  // Short blocking slices stay under debug mode's 100 ms, but the waits still add up.
  for (let waited = 0; waited < route.latency - 1e-9; waited += 0.05) {
    time.sleep(0.05);
    await asyncio.sleep(0);
  }
  print(`order ${id}: ${route.body}`);
  await audit(id);
}

async function main(): Promise<void> {
  await asyncio.gather(...orders.map((id) => processOrder(id)));
  print("all orders processed");
}

asyncio.run(main(), { debug: true });
