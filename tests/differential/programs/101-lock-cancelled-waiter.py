# A Lock serves its waiters in arrival order; a waiter cancelled while queued, or just after it
# was woken, hands the lock on to the next one.
import asyncio


async def worker(name, lock, hold):
    try:
        async with lock:
            print(f"{name} holds the lock at {asyncio.get_running_loop().time():.1f}")
            await asyncio.sleep(hold)
    except asyncio.CancelledError:
        print(f"{name} cancelled, locked: {str(lock.locked()).lower()}")
        raise


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(worker("a", lock, 1))
    b = asyncio.create_task(worker("b", lock, 1))
    c = asyncio.create_task(worker("c", lock, 1))
    d = asyncio.create_task(worker("d", lock, 1))
    await asyncio.sleep(0.5)
    b.cancel()
    await asyncio.sleep(0.5)
    # a released the lock at 1.0 and woke c; cancel c before it runs: d must get the lock.
    c.cancel()
    await asyncio.gather(a, b, c, d, return_exceptions=True)
    print(f"done at {asyncio.get_running_loop().time():.1f}, locked: {str(lock.locked()).lower()}")


asyncio.run(main())
