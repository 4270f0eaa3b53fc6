# Python's async for and async with. An async generator produces readings with a wait before
# each; async for takes them one at a time. async with lock: acquires the lock for the block and
# releases it however the block ends.
import asyncio


async def readings(sensor, count):
    for n in range(1, count + 1):
        await asyncio.sleep(1)  # waiting for the sensor
        yield f"{sensor} reading {n}"


async def record(sensor, lock):
    async for reading in readings(sensor, 2):
        async with lock:
            print(f"{reading}: writing to the shared log")
            await asyncio.sleep(0.25)  # writing takes a moment; the other sensor must wait its turn
            print(f"{reading}: written")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(record("north", lock), record("south", lock))


asyncio.run(main())
