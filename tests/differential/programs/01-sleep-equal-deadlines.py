# Timers with equal deadlines fire in the order they were scheduled.
import asyncio


async def worker(name, delays):
    for delay in delays:
        print(f"{name} sleeps {delay}")
        await asyncio.sleep(delay)
    print(f"{name} wakes")


async def main():
    tasks = [
        asyncio.create_task(worker("a", [1])),
        asyncio.create_task(worker("b", [0.5, 0.5])),
        asyncio.create_task(worker("c", [1])),
        asyncio.create_task(worker("d", [0.25, 0.75])),
    ]
    for task in tasks:
        await task
    print("all awake")


asyncio.run(main())
