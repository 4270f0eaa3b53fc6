import * as asyncio from "asyncio";

async function job(name: string, seconds: number, fail = false): Promise<string> {
  try {
    await asyncio.sleep(seconds);
  } catch (error) {
    print(`${name}: cancelled`);
    throw error;
  }
  if (fail) throw new Error(`${name} failed`);
  print(`${name}: done`);
  return name;
}

function describe(result: unknown): string {
  if (result instanceof asyncio.CancelledError) return "cancelled";
  if (result instanceof Error) return `failed with "${result.message}"`;
  return `returned ${String(result)}`;
}

async function main(): Promise<void> {
  const a = asyncio.createTask(job("a", 1));
  const b = asyncio.createTask(job("b", 2, true));
  const c = asyncio.createTask(job("c", 3));
  const d = asyncio.createTask(job("d", 1.5));
  asyncio.getRunningLoop().callLater(0.5, () => c.cancel());
  const results = await asyncio.gather(a, b, c, d, { returnExceptions: true });
  results.forEach((result, i) => print(`result ${i}: ${describe(result)}`));
  print(`c cancelled: ${c.cancelled()}, d cancelled: ${d.cancelled()}`);
}

asyncio.run(main());
