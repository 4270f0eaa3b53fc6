# The Hello/Goodbye example: asyncio.run() with time.ctime() timestamps on the virtual epoch.
import asyncio
import time


async def main():
    print(f"{time.ctime()} Hello!")
    await asyncio.sleep(1.0)
    print(f"{time.ctime()} Goodbye!")


asyncio.run(main())
print(f"{time.ctime(0)} is the Unix epoch; {time.time() - 1566094474:.1f} s have passed")
