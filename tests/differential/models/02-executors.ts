import * as asyncio from "asyncio";
import * as time from "time";
import { ThreadPoolExecutor, ProcessPoolExecutor, asCompleted } from "concurrent.futures";
import { requests } from "services";

function blocking(name: string, s: number): string {
  print(`${name} start`);
  time.sleep(s);
  print(`${name} done`);
  return name.toUpperCase();
}
function fetch(url: string): number {
  return requests.get(url).statusCode;
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const results = await asyncio.gather(
    loop.runInExecutor(null, blocking, "a", 1),
    asyncio.toThread(blocking, "b", 0.5),
    asyncio.sleep(0.7, "slept"),
  );
  print(results, loop.time().toFixed(1));
  const pool = new ProcessPoolExecutor();
  try {
    const r = await loop.runInExecutor(pool, blocking, "p", 2);
    print(r, loop.time().toFixed(1));
  } finally {
    pool.shutdown();
  }
  const ex = new ThreadPoolExecutor(2);
  try {
    const futs = [3, 1, 2].map((i) => ex.submit(blocking, `t${i}`, i));
    for (const f of asCompleted(futs)) print("completed", f.result(), time.monotonic().toFixed(1));
  } finally {
    ex.shutdown();
  }
  print("end", loop.time().toFixed(1));
}
asyncio.run(main());
const ex = new ThreadPoolExecutor(3);
try {
  print([...ex.map(fetch, Array(4).fill("http://www.example.com"))], time.monotonic().toFixed(1));
} finally {
  ex.shutdown();
}
