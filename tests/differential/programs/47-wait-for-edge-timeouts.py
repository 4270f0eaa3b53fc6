# wait_for with timeout=None just awaits; with timeout=0 (CPython 3.11) a coroutine is wrapped
# in a task that is cancelled before it starts, so it raises TimeoutError without running it,
# while an awaitable that is already done returns its result.
import asyncio


async def work(name):
    print(f"{name} runs")
    await asyncio.sleep(1)
    return name


async def main():
    loop = asyncio.get_running_loop()
    print(f"none: {await asyncio.wait_for(work('unbounded'), None)} at {loop.time():.1f}")
    try:
        await asyncio.wait_for(work("zero"), 0)
    except asyncio.TimeoutError as e:
        print(f"zero: {type(e).__name__} at {loop.time():.1f}")
    finished = asyncio.create_task(work("finished"))
    await finished
    print(f"done task: {await asyncio.wait_for(finished, 0)} at {loop.time():.1f}")


asyncio.run(main())
