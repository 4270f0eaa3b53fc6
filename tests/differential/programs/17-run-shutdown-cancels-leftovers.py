# When main returns, asyncio.run() cancels the tasks still pending and runs the loop until they
# finish: their except/finally blocks run from the time main ended, and may still await.
# A task created just before main returns still runs its first step: that step was queued
# before the callback that stops the loop. (CPython cancels leftovers in set order, which is
# not defined, so each leftover prints at a different time.)
import asyncio


async def heartbeat():
    print("heartbeat starts")
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("heartbeat cancelled by shutdown")
        raise
    finally:
        print(f"heartbeat finally at {asyncio.get_running_loop().time():.2f}")


async def poller():
    print("poller starts")
    try:
        await asyncio.sleep(100)
    finally:
        await asyncio.sleep(0.25)
        print(f"poller finally at {asyncio.get_running_loop().time():.2f}")


async def late():
    print("late still gets its first step")


async def main():
    asyncio.create_task(heartbeat())
    asyncio.create_task(poller())
    await asyncio.sleep(1.5)
    asyncio.create_task(late())
    print("main returns")
    return 42


print(f"run returned {asyncio.run(main())}")
