# A Lock lets one task at a time into the critical section, waiters acquire it in FIFO order;
# an Event wakes every waiter at once when set.
import asyncio


async def use_lock(name, lock, hold):
    print(f"{name} wants the lock")
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(hold)
        print(f"{name} releases the lock")


async def wait_for_go(name, event):
    print(f"{name} waits for the event")
    await event.wait()
    print(f"{name} sees the event at {asyncio.get_running_loop().time():.2f}")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(use_lock("a", lock, 1), use_lock("b", lock, 0.5), use_lock("c", lock, 0.25))
    print(f"locked? {str(lock.locked()).lower()}")
    event = asyncio.Event()
    waiters = [asyncio.create_task(wait_for_go(n, event)) for n in ("x", "y")]
    await asyncio.sleep(2)
    print("setting the event")
    event.set()
    await asyncio.gather(*waiters)
    print(f"event set? {str(event.is_set()).lower()}")


asyncio.run(main())
