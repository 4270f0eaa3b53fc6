# A coroutine may catch CancelledError and simply return. Then the task is not
# cancelled at all: it finishes normally, with whatever it returned.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
        return "finished the job"
    except asyncio.CancelledError:
        print("stubborn: cancelled? I think not")
        return "refused to stop"


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    task.cancel()
    result = await task  # no CancelledError here
    print("result:", result)
    print("task.cancelled() is", str(task.cancelled()).lower())


asyncio.run(main())
