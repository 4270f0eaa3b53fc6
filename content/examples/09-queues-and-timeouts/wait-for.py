# Two ways to give up on a slow operation. wait_for() wraps one awaitable; timeout() puts a
# deadline on a whole block of code. Either way the work is cancelled (its finally block runs)
# and the caller gets a TimeoutError.
import asyncio


async def fetch(name, seconds):
    try:
        await asyncio.sleep(seconds)
        return f"{name} after {seconds} s"
    finally:
        print(f"{name}: connection closed")


async def main():
    print(await asyncio.wait_for(fetch("fast", 0.5), 1))
    try:
        await asyncio.wait_for(fetch("slow", 5), 1)
    except TimeoutError:
        print("slow: gave up after 1 s")

    try:
        async with asyncio.timeout(2):
            print(await fetch("first", 1.5))
            print(await fetch("second", 1.5))  # the deadline falls in the middle of this one
    except TimeoutError:
        print("the block ran out of time")


asyncio.run(main())
