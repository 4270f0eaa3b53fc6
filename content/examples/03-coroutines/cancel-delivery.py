# Cancelling a task: the loop throws CancelledError into the coroutine at the
# await where it is paused. finally blocks run, and the error keeps going up.
import asyncio


async def worker():
    try:
        print("worker: starting a 10 second job")
        await asyncio.sleep(10)
        print("worker: job finished")  # never printed
    except asyncio.CancelledError as error:
        print("worker: caught", type(error).__name__)
        raise  # let the cancellation continue on its way
    finally:
        print("worker: cleaning up")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("main: cancelling the worker")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError as error:
        print("main: awaiting the task raised", type(error).__name__)
    print("main: task.cancelled() is", str(task.cancelled()).lower())


asyncio.run(main())
