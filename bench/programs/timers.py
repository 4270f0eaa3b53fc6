# Timer throughput: 10,000 tasks sleeping for different durations (10,000 timers in the heap).
import asyncio


async def sleeper(i):
    await asyncio.sleep((i % 100) / 1000)
    return i


async def main():
    tasks = [asyncio.create_task(sleeper(i)) for i in range(10000)]
    results = await asyncio.gather(*tasks)
    print(len(results))


asyncio.run(main())
