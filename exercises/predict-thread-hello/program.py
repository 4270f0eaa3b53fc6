import asyncio
import time


def blocking():
    time.sleep(0.5)
    print("thread: hello from a thread!")
    return "done"


async def ticker():
    for i in range(1, 4):
        await asyncio.sleep(0.2)
        print(f"tick {i}")


async def main():
    print("main: hello")
    ticks = asyncio.create_task(ticker())
    answer = await asyncio.to_thread(blocking)
    print(f"main: the thread is {answer}")
    time.sleep(0.3)
    print("main: slept 0.3 s on the loop's thread")
    await ticks
    print("main: goodbye")


asyncio.run(main())
