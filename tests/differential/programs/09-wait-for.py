# wait_for returns the result in time, or cancels the inner awaitable and raises TimeoutError
# once the inner one has finished cancelling (its finally block runs first).
import asyncio


async def work(name, delay):
    print(f"{name} starts")
    try:
        await asyncio.sleep(delay)
        print(f"{name} finishes")
        return f"{name} result"
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    finally:
        print(f"{name} cleans up")


async def main():
    loop = asyncio.get_running_loop()
    result = await asyncio.wait_for(work("quick", 1), timeout=2)
    print(f"got {result} at {loop.time():.1f}")
    try:
        await asyncio.wait_for(work("slow", 5), timeout=2)
    except asyncio.TimeoutError as e:
        print(f"{type(e).__name__} at {loop.time():.1f}")
    task = asyncio.create_task(work("task", 5))
    try:
        await asyncio.wait_for(task, 0.5)
    except asyncio.TimeoutError as e:
        print(f"{type(e).__name__} at {loop.time():.1f}")
    print(f"task cancelled? {str(task.cancelled()).lower()}")


asyncio.run(main())
