// Python's "async for" and "async with", the Looplab way. An async generator produces readings
// with a wait before each; "for await" takes them one at a time. A Lock, which Python would use
// with "async with lock:", is acquired and released around the block with try/finally.
import * as asyncio from "asyncio";

async function* readings(sensor: string, count: number): AsyncGenerator<string> {
  for (let n = 1; n <= count; n++) {
    await asyncio.sleep(1); // waiting for the sensor
    yield `${sensor} reading ${n}`;
  }
}

async function record(sensor: string, lock: asyncio.Lock): Promise<void> {
  for await (const reading of readings(sensor, 2)) {
    await lock.acquire(); // async with lock:
    try {
      print(`${reading}: writing to the shared log`);
      await asyncio.sleep(0.25); // writing takes a moment; the other sensor must wait its turn
      print(`${reading}: written`);
    } finally {
      lock.release();
    }
  }
}

async function main(): Promise<void> {
  const lock = new asyncio.Lock();
  await asyncio.gather(record("north", lock), record("south", lock));
}

asyncio.run(main());
