# Event-loop throughput: 1,000 tasks each awaiting sleep(0) 200 times (200,000 task steps).
import asyncio


async def worker():
    for _ in range(200):
        await asyncio.sleep(0)


async def main():
    tasks = [asyncio.create_task(worker()) for _ in range(1000)]
    await asyncio.gather(*tasks)
    print("done")


asyncio.run(main())
