# Cancelling a task blocked in Queue.get() or Queue.put() never loses an item or a slot: the
# next waiter in line is served instead.
import asyncio


async def getter(name, q):
    try:
        item = await q.get()
        print(f"{name} got {item}")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def putter(name, q, item):
    try:
        await q.put(item)
        print(f"{name} put {item}")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("g1", q))
    g2 = asyncio.create_task(getter("g2", q))
    await asyncio.sleep(1)
    q.put_nowait("x")
    g1.cancel()
    await asyncio.sleep(0)
    await asyncio.gather(g1, g2, return_exceptions=True)
    print(f"left in queue: {q.qsize()}")

    full = asyncio.Queue(1)
    full.put_nowait("old")
    p1 = asyncio.create_task(putter("p1", full, "a"))
    p2 = asyncio.create_task(putter("p2", full, "b"))
    await asyncio.sleep(1)
    print(f"took {full.get_nowait()}")
    p1.cancel()
    await asyncio.gather(p1, p2, return_exceptions=True)
    print(f"queue holds {full.get_nowait()}, empty: {str(full.empty()).lower()}")


asyncio.run(main())
