# twin: order
# Two CPU-bound tasks run one after the other: main takes the sum of their times.
import asyncio
import functools
import time
from typing import Any, Callable


def async_timed():
    def wrapper(func: Callable) -> Callable:
        @functools.wraps(func)
        async def wrapped(*args, **kwargs) -> Any:
            print(f"starting {func.__name__} with args {list(args)}")
            start = time.time()
            try:
                return await func(*args, **kwargs)
            finally:
                end = time.time()
                total = end - start
                print(f"finished {func.__name__} in {total:.4f} second(s)")

        return wrapped

    return wrapper


@async_timed()
async def crunch() -> int:
    counter = 0
    for i in range(3_000_000):
        counter = counter + 1
    return counter


@async_timed()
async def main():
    task_one = asyncio.create_task(crunch())
    task_two = asyncio.create_task(crunch())
    await task_one
    await task_two


asyncio.run(main())
