# gather() given the same awaitable twice runs it once and reports its result twice.
import asyncio


async def once(name):
    print(f"{name} runs")
    await asyncio.sleep(0.5)
    return name


async def main():
    task = asyncio.create_task(once("task"))
    coro = once("coro")
    results = await asyncio.gather(task, coro, task, coro)
    print(results)


asyncio.run(main())
