# shield: cancelling the outer awaitable does not cancel the inner task, which keeps running.
import asyncio


async def important(name, delay):
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} completes")
    return f"{name} saved"


async def waiter(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    inner = asyncio.create_task(important("write", 3))
    outer = asyncio.create_task(waiter(inner))
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print(f"outer cancelled at {loop.time():.1f}")
    print(f"inner cancelled? {str(inner.cancelled()).lower()}")
    print(f"inner result: {await inner} at {loop.time():.1f}")
    try:
        await asyncio.wait_for(asyncio.shield(important("flush", 2)), timeout=1)
    except asyncio.TimeoutError:
        print(f"timed out at {loop.time():.1f}")
    await asyncio.sleep(1.5)
    print(f"done at {loop.time():.1f}")


asyncio.run(main())
