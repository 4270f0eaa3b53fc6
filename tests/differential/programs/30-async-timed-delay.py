# From Python Concurrency with Asyncio: an async_timed() decorator around two delay() tasks of 2 s and 3 s; they
# run concurrently, so main finishes after 3 s, not 5 s. (Functions print by name instead of
# their repr, which holds a memory address.)
import asyncio
import functools
import time


def async_timed():
    def wrapper(func):
        @functools.wraps(func)
        async def wrapped(*args):
            print("starting", func.__name__, "with args", list(args))
            start = time.time()
            try:
                return await func(*args)
            finally:
                end = time.time()
                total = end - start
                print(f"finished {func.__name__} in {total:.4f} second(s)")

        return wrapped

    return wrapper


@async_timed()
async def delay(delay_seconds):
    print(f"sleeping for {delay_seconds} second(s)")
    await asyncio.sleep(delay_seconds)
    print(f"finished sleeping for {delay_seconds} second(s)")
    return delay_seconds


@async_timed()
async def main():
    task_one = asyncio.create_task(delay(2))
    task_two = asyncio.create_task(delay(3))

    await task_one
    await task_two


asyncio.run(main())
