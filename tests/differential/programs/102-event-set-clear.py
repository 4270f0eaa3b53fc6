# Event.set() wakes every task waiting at that moment, even if the event is cleared before they
# run; a task that starts waiting after clear() waits for the next set().
import asyncio


async def waiter(name, event):
    print(f"{name} waits")
    await event.wait()
    print(f"{name} woke at {asyncio.get_running_loop().time():.1f}, set: {str(event.is_set()).lower()}")


async def main():
    event = asyncio.Event()
    first = [asyncio.create_task(waiter(n, event)) for n in ("a", "b")]
    await asyncio.sleep(1)
    event.set()
    event.clear()
    late = asyncio.create_task(waiter("late", event))
    await asyncio.gather(*first)
    await asyncio.sleep(1)
    print(f"late done: {str(late.done()).lower()}")
    event.set()
    await late
    print(f"wait on a set event returns {str(await event.wait()).lower()}")


asyncio.run(main())
