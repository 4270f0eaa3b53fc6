# Every task ends in one of three ways: with a result, with an exception, or
# cancelled. done(), cancelled(), result() and exception() tell them apart.
import asyncio


async def download(name, seconds):
    try:
        await asyncio.sleep(seconds)
        return f"{name}: {seconds * 100} KB"
    finally:
        print(f"{name}: connection closed")  # runs on success, failure and cancellation


async def broken_download():
    await asyncio.sleep(0.5)
    raise Exception("server said 500")


def describe(task):
    if not task.done():
        print(task.get_name(), "is still running")
    elif task.cancelled():
        print(task.get_name(), "was cancelled")
    elif task.exception() is not None:
        error = task.exception()
        print(task.get_name(), "failed with", f"{type(error).__name__}: {error}")
    else:
        print(task.get_name(), "returned", task.result())


async def main():
    small = asyncio.create_task(download("small", 1), name="small")
    huge = asyncio.create_task(download("huge", 60), name="huge")
    broken = asyncio.create_task(broken_download(), name="broken")

    await asyncio.sleep(2)
    describe(huge)
    print("main: cancelling huge")
    huge.cancel()
    await asyncio.sleep(0)  # give the cancellation a turn to be delivered

    for task in [small, huge, broken]:
        describe(task)
    try:
        huge.result()
    except asyncio.CancelledError as error:
        print("huge.result() raised", type(error).__name__)


asyncio.run(main())
