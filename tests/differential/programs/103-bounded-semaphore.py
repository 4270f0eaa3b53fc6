# A Semaphore hands a slot released by a cancelled waiter to the next one; a BoundedSemaphore
# refuses to be released more often than it was acquired.
import asyncio


async def use(name, sem, hold):
    try:
        async with sem:
            print(f"{name} in at {asyncio.get_running_loop().time():.1f}")
            await asyncio.sleep(hold)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    tasks = [asyncio.create_task(use(n, sem, 1)) for n in ("a", "b", "c")]
    await asyncio.sleep(0.5)
    tasks[1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(f"locked: {str(sem.locked()).lower()}")

    bounded = asyncio.BoundedSemaphore(2)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
