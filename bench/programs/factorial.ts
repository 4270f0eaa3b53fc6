// The asyncio documentation's gather example (source text 001), used by `npm run bench`.
import * as asyncio from "asyncio";

async function factorial(name: string, number: number): Promise<number> {
  let f = 1;
  for (let i = 2; i <= number; i++) {
    print(`Task ${name}: Compute factorial(${number}), currently i=${i}...`);
    await asyncio.sleep(1);
    f *= i;
  }
  print(`Task ${name}: factorial(${number}) = ${f}`);
  return f;
}

async function main() {
  const results = await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4));
  print(results);
}

asyncio.run(main());
