# Three status checks with the blocking requests library: they run one after the other.
import asyncio
import functools
import time
from typing import Any, Callable

import requests


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
async def fetch() -> int:
    return requests.get("http://www.example.com").status_code


@async_timed()
async def main():
    task_1 = asyncio.create_task(fetch())
    task_2 = asyncio.create_task(fetch())
    task_3 = asyncio.create_task(fetch())
    await task_1
    await task_2
    await task_3


asyncio.run(main())
