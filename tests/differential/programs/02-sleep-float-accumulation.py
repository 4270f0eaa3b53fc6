# Deadlines are float sums, as in CPython: three sleeps of 0.1 end at 0.30000000000000004,
# just after a single sleep of 0.3 that was scheduled later. Both fire in the same loop
# iteration: like CPython on Linux, a deadline within the 1 ns clock resolution counts as due.
import asyncio


async def steps(name, count, delay):
    for i in range(count):
        await asyncio.sleep(delay)
        print(f"{name} step {i + 1}")


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.gather(steps("tenths", 3, 0.1), steps("once", 1, 0.3))
    print(f"loop time {loop.time()}")
    await steps("tenths again", 4, 0.1)
    print(f"loop time {loop.time()}")


asyncio.run(main())
