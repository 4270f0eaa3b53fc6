// Awaiting a coroutine that does not suspend costs no loop iteration: a ticker that yields
// with sleep(0) gets no turn while main walks a chain of nested coroutines.
import * as asyncio from "asyncio";

async function ticker(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    print(`tick ${i}`);
    await asyncio.sleep(0);
  }
}

async function leaf(n: number): Promise<number> {
  print(`leaf ${n}`);
  return n * 10;
}

async function middle(n: number): Promise<number> {
  const value = await leaf(n);
  print(`middle got ${value}`);
  return value + 1;
}

async function outer(): Promise<number> {
  let total = 0;
  for (let n = 0; n < 3; n++) {
    total += await middle(n);
  }
  print(`outer total ${total}`);
  return total;
}

async function main(): Promise<void> {
  const task = asyncio.createTask(ticker());
  await asyncio.sleep(0);
  const result = await outer();
  print(`main got ${result}`);
  await asyncio.sleep(0);
  print("main after one yield");
  await task;
}

asyncio.run(main());
