# Debug mode reports a step that holds the loop for more than 100 ms and a coroutine never awaited.
import asyncio
import time


async def save_report():
    await asyncio.sleep(0.1)
    print("report saved")


async def crunch():
    print("crunching...")
    time.sleep(0.25)  # slow synchronous work: the loop can do nothing else meanwhile
    print("crunched")


async def main():
    await asyncio.create_task(crunch())
    save_report()  # the await is missing: this only creates a coroutine object
    await asyncio.sleep(0.5)
    print("main: done")


asyncio.run(main(), debug=True)
