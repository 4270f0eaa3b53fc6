# asyncio.run() creates an event loop, runs main() on it until it finishes,
# cleans up and closes the loop: the one line that starts every program.
import asyncio
import time


async def main():
    print(f"{time.ctime()} Hello!")
    await asyncio.sleep(1.0)
    print(f"{time.ctime()} Goodbye!")


asyncio.run(main())
