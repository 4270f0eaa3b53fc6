# Looplab's clock is virtual: a one-hour sleep finishes instantly in real time,
# but every timestamp and time.ctime() moves forward by exactly one hour.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    print(time.ctime(), "- going to sleep for an hour")
    await asyncio.sleep(3600)
    print(time.ctime(), "- awake again")
    print(f"seconds on the loop's clock: {loop.time():g}")


asyncio.run(main())
