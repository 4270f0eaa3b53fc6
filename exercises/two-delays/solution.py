import asyncio

from looplab import world

first, second = world["delays"]


async def delay(seconds):
    print(f"sleeping for {seconds} second(s)")
    await asyncio.sleep(seconds)
    print(f"finished sleeping for {seconds} second(s)")
    return seconds


async def main():
    task_one = asyncio.create_task(delay(first))
    task_two = asyncio.create_task(delay(second))
    a = await task_one
    b = await task_two
    return [a, b]


asyncio.run(main())
