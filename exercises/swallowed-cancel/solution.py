import asyncio

from looplab import world

jobs, corrupt, cancel_after = world["jobs"], world["corrupt"], world["cancelAfter"]


async def process(job):
    print(f"processing job {job}")
    await asyncio.sleep(1)
    if job in corrupt:
        raise Exception(f"job {job} is corrupt")
    print(f"job {job} done")


async def worker():
    try:
        for job in jobs:
            try:
                await process(job)
            except Exception as error:  # CancelledError is a BaseException: it goes past this
                print(f"job {job} failed ({type(error).__name__}: {error}), moving on")
    finally:
        print("worker: closing up")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(cancel_after)
    task.cancel()
    try:
        await task
        print("main: the worker finished on its own")
    except asyncio.CancelledError:
        print("main: the worker was cancelled")


asyncio.run(main())
