// sleep(0) yields to the loop for exactly one iteration: tasks that take turns with it
// interleave strictly in FIFO order.
import * as asyncio from "asyncio";

async function worker(name: string, steps: number): Promise<void> {
  for (let i = 0; i < steps; i++) {
    print(`${name} step ${i}`);
    await asyncio.sleep(0);
  }
  print(`${name} done`);
}

async function main(): Promise<void> {
  await asyncio.gather(worker("A", 3), worker("B", 2), worker("C", 1));
  print("all done");
}

asyncio.run(main());
