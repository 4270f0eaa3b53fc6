// gather with returnExceptions: true. One job fails and one is cancelled from outside; neither
// stops the others, and both outcomes come back in the results, in their places.
import * as asyncio from "asyncio";

async function work(name: string, seconds: number, fail = false): Promise<string> {
  await asyncio.sleep(seconds);
  if (fail) throw new Error(`${name} broke`);
  print(`${name}: done`);
  return name;
}

function describe(result: unknown): string {
  if (result instanceof asyncio.CancelledError) return "cancelled";
  if (result instanceof Error) return `failed with "${result.message}"`;
  return `returned ${String(result)}`;
}

async function main(): Promise<void> {
  const a = asyncio.createTask(work("a", 1));
  const b = asyncio.createTask(work("b", 2, true));
  const c = asyncio.createTask(work("c", 3));
  const d = asyncio.createTask(work("d", 4));
  asyncio.getRunningLoop().callLater(0.5, () => c.cancel());
  const results = await asyncio.gather(a, b, c, d, { returnExceptions: true });
  results.forEach((result, i) => print(`result ${i}: ${describe(result)}`));
}

asyncio.run(main());
