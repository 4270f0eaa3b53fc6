# When main() returns, asyncio.run() cancels every task that is still running,
# lets it react to the cancellation, and only then closes the loop.
import asyncio
import itertools


async def heartbeat():
    try:
        for beat in itertools.count(1):
            print(f"heartbeat {beat}")
            await asyncio.sleep(0.4)
    finally:
        print("heartbeat: cancelled, cleaning up")


async def main():
    asyncio.create_task(heartbeat())  # runs in the background; nobody awaits it
    await asyncio.sleep(1)
    print("main: done, returning")
    return "main's result"


result = asyncio.run(main())
print("asyncio.run returned:", result)
