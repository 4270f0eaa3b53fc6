# If the awaitable wait_for times out on catches the cancellation and returns a value,
# CPython 3.11's wait_for returns that value instead of raising TimeoutError.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
        return "on time"
    except asyncio.CancelledError:
        print("stubborn ignores the cancellation")
        await asyncio.sleep(0.5)
        return "late but delivered"


async def main():
    loop = asyncio.get_running_loop()
    result = await asyncio.wait_for(stubborn(), timeout=1)
    print(f"wait_for returned {result!s} at {loop.time():.1f}")


asyncio.run(main())
