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

async function main(): Promise<void> {
  const a = asyncio.createTask(job("a", 1));
  const b = asyncio.createTask(job("b", 2, true));
  const c = asyncio.createTask(job("c", 3));
  const d = asyncio.createTask(job("d", 1.5));
  asyncio.getRunningLoop().callLater(0.5, () => c.cancel());
  const results = await asyncio.gather(a, b, c, d, { returnExceptions: true });
  print(results);
  print(`c cancelled: ${c.cancelled()}, d cancelled: ${d.cancelled()}`);
}

asyncio.run(main());
