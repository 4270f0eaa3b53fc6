# The blocking() example: the blocking function runs in the loop's default thread pool.
import asyncio
import time


def blocking():
    time.sleep(0.5)
    print(f"{time.ctime()} Hello from a thread!")


async def main():
    print(f"{time.ctime()} Hello!")
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, blocking)
    await asyncio.sleep(1.0)
    print(f"{time.ctime()} Goodbye!")


asyncio.run(main())
