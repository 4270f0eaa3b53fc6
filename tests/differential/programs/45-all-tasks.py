# all_tasks() returns the loop's tasks that are not done yet, including the current one.
import asyncio


async def worker(delay):
    await asyncio.sleep(delay)


def names():
    return ", ".join(sorted(task.get_name() for task in asyncio.all_tasks()))


async def main():
    print(f"alone: {names()}")
    tasks = [asyncio.create_task(worker(d)) for d in (1, 2, 3)]
    print(f"after create_task: {names()}")
    await asyncio.sleep(1.5)
    print(f"at 1.5: {names()}")
    await asyncio.gather(*tasks)
    print(f"after gather: {names()}")


asyncio.run(main())
