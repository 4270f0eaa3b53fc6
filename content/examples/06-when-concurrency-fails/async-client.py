# The same three status checks with aiohttp: the requests wait side by side.
import asyncio
import functools
import time
from typing import Any, Callable

import aiohttp


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
    async with aiohttp.ClientSession() as session:
        async with session.get("http://www.example.com") as response:
            return response.status


@async_timed()
async def main():
    statuses = await asyncio.gather(fetch(), fetch(), fetch())
    print(f"statuses: [{', '.join(str(s) for s in statuses)}]")


asyncio.run(main())
