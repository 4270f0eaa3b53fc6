// Two kinds of Future. pool.submit() returns a concurrent.futures.Future: result() blocks the
// calling thread. An asyncio.Future is awaited instead; wrapFuture turns the one into the other.
import * as asyncio from "asyncio";
import * as time from "time";
import { ThreadPoolExecutor } from "concurrent.futures";

function slowSquare(x: number): number {
  time.sleep(0.3);
  return x * x;
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const pool = new ThreadPoolExecutor(2);

  const cf = pool.submit(slowSquare, 3);
  print(`concurrent.futures.Future done? ${cf.done()}`);
  const wrapped = asyncio.wrapFuture(cf);
  print(`awaited through wrapFuture: ${await wrapped}`);

  const af = loop.runInExecutor(pool, slowSquare, 4);
  print(`is runInExecutor's result an asyncio Future? ${asyncio.isfuture(af)}`);
  print(`awaited directly: ${await af}`);

  const blocking = pool.submit(slowSquare, 5);
  print(`result() blocks the loop: ${blocking.result()} at t=${loop.time().toFixed(1)}`);
  pool.shutdown();
}

asyncio.run(main());
