# A coroutine that catches CancelledError and returns normally: the task is not cancelled,
# it finishes with the returned value.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
        return "finished"
    except asyncio.CancelledError:
        print("stubborn caught the cancellation and carries on")
    await asyncio.sleep(1)
    print("stubborn returns")
    return "recovered"


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(2)
    task.cancel()
    result = await task
    print(f"result {result} at {loop.time():.1f}")
    print(f"cancelled? {str(task.cancelled()).lower()}, done? {str(task.done()).lower()}")


asyncio.run(main())
