# Task.cancel(msg): the message travels with the CancelledError into the coroutine.
import asyncio


async def worker():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print(f"worker got {type(e).__name__}: {e}")
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    task.cancel("shutting down")
    try:
        await task
    except asyncio.CancelledError as e:
        print(f"main: worker was cancelled ({e})")
    print(f"cancelled? {str(task.cancelled()).lower()}")
    fut = asyncio.get_running_loop().create_future()
    fut.cancel("no longer needed")
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print(f"future result() raised {type(e).__name__}: {e}")


asyncio.run(main())
