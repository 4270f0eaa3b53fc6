# sleep(delay, result) resolves to result; a negative delay is the same as sleep(0): one
# loop iteration, no time passes.
import asyncio


async def other():
    print("other runs")


async def main():
    loop = asyncio.get_running_loop()
    value = await asyncio.sleep(0.25, result="payload")
    print(f"sleep returned {value} at {loop.time():.2f}")
    asyncio.create_task(other())
    await asyncio.sleep(-5)
    print(f"after sleep(-5) at {loop.time():.2f}")
    nothing = await asyncio.sleep(0)
    print(f"sleep(0) returned nothing? {str(nothing is None).lower()}")


asyncio.run(main())
