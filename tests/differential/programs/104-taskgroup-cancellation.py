# TaskGroup: an error raised by the block itself cancels the children and joins the group's
# errors; cancelling the task that runs the block cancels the children and propagates.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled at {asyncio.get_running_loop().time():.1f}")
        raise


async def block_fails():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("c1", 5))
        await asyncio.sleep(1)
        raise KeyError("oops")


async def parent():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("c2", 5))
        tg.create_task(child("c3", 0.5))


async def main():
    try:
        await block_fails()
    except ExceptionGroup as e:
        print(f"{type(e).__name__}: {e}")
        print(f"  {type(e.exceptions[0]).__name__}")
    task = asyncio.create_task(parent())
    await asyncio.sleep(2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"parent cancelled: {str(task.cancelled()).lower()}")


asyncio.run(main())
