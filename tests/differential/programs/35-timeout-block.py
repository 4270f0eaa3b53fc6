# asyncio.timeout(): the block is cancelled at the deadline and TimeoutError is raised
# where the block ends; a block that finishes in time is not affected.
import asyncio


async def step(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} interrupted")
        raise


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(2):
        await step("fast", 1)
    print(f"first block done at {loop.time():.1f}")
    try:
        async with asyncio.timeout(2):
            await step("one", 1)
            await step("two", 3)
            print("not reached")
    except TimeoutError as e:
        print(f"{type(e).__name__} at {loop.time():.1f}")


asyncio.run(main())
