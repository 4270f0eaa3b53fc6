# Cancelling a task that is awaiting another task cancels the awaited task too (the cancel goes
# to the future the task waits on), and the CancelledError comes back up through both.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer(inner_task):
    try:
        await inner_task
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    inner_task = asyncio.create_task(inner())
    outer_task = asyncio.create_task(outer(inner_task))
    await asyncio.sleep(1)
    outer_task.cancel()
    await asyncio.gather(outer_task, inner_task, return_exceptions=True)
    print(f"outer cancelled? {str(outer_task.cancelled()).lower()}")
    print(f"inner cancelled? {str(inner_task.cancelled()).lower()}")


asyncio.run(main())
