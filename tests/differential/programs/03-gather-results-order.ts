// gather returns results in argument order, whatever order the awaitables finish in.
import * as asyncio from "asyncio";

async function fetch<T>(name: string, delay: number, value: T): Promise<T> {
  print(`${name} starts`);
  await asyncio.sleep(delay);
  print(`${name} done`);
  return value;
}

async function main(): Promise<void> {
  const numbers = await asyncio.gather(fetch("slow", 3, 1), fetch("fast", 1, 2), fetch("mid", 2, 3));
  print(numbers);
  const words = await asyncio.gather(fetch("x", 0.5, "alpha"), fetch("y", 0.25, "beta"));
  print(words);
  print(`sum ${numbers.reduce((a, b) => a + b, 0)}, first word ${words[0]}`);
  const empty = await asyncio.gather();
  print(empty);
}

asyncio.run(main());
