# asyncio.to_thread (Python 3.9+) runs a blocking function in the default thread pool.
import asyncio
import time


def blocking(seconds):
    time.sleep(seconds)
    return f"slept {seconds} s in a thread"


async def ticker():
    i = 1
    while True:
        await asyncio.sleep(0.2)
        print(f"tick {i}")
        i += 1


async def main():
    ticks = asyncio.create_task(ticker())
    answer = await asyncio.to_thread(blocking, 0.7)
    print(answer)
    ticks.cancel()


asyncio.run(main())
