// The factorial example from the asyncio documentation (Fluent Python, chapter 18).
import * as asyncio from "asyncio";

async function factorial(name: string, number: number): Promise<number> {
  let f = 1;
  for (let i = 2; i < number + 1; i++) {
    print(`Task ${name}: Compute factorial(${number}), currently i=${i}...`);
    await asyncio.sleep(1);
    f *= i;
  }
  print(`Task ${name}: factorial(${number}) = ${f}`);
  return f;
}

async function main(): Promise<void> {
  // Schedule three calls *concurrently*:
  const L = await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4));
  print(L);
}

asyncio.run(main());
