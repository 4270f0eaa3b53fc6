# time.sleep blocks the whole loop: no other task runs meanwhile, and timers that fell due
# fire late, all at once, after the blocking call returns.
import asyncio
import time


async def ticker():
    for i in range(4):
        print(f"tick {i}")
        await asyncio.sleep(0.5)


async def blocker():
    await asyncio.sleep(0.25)
    start = time.perf_counter()
    print("blocker calls time.sleep(1.5)")
    time.sleep(1.5)
    print(f"blocker blocked for {time.perf_counter() - start:.2f} s")


async def main():
    start = time.monotonic()
    await asyncio.gather(ticker(), blocker())
    print(f"total {time.monotonic() - start:.2f} s")


asyncio.run(main())
