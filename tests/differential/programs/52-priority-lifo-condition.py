# PriorityQueue returns the smallest item first (lists compare element by element), LifoQueue
# the newest; Condition.notify(n) wakes n waiters in the order they started waiting.
import asyncio


async def waiter(name, cond, ready):
    async with cond:
        print(f"{name} waits")
        await cond.wait()
        print(f"{name} woke with {ready[0]} item(s) ready")


async def main():
    pq = asyncio.PriorityQueue()
    # Lists rather than tuples, so that they print like the TypeScript arrays.
    for item in [[3, "low"], [1, "urgent"], [2, "normal"], [1, "also urgent"]]:
        pq.put_nowait(item)
    print("priority order:", [pq.get_nowait() for _ in range(pq.qsize())])
    lifo = asyncio.LifoQueue()
    for word in ["first", "second", "third"]:
        await lifo.put(word)
    print("lifo order:", [await lifo.get() for _ in range(lifo.qsize())])

    cond = asyncio.Condition()
    ready = [0]
    waiters = [asyncio.create_task(waiter(n, cond, ready)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(1)
    async with cond:
        ready[0] = 1
        cond.notify(1)
    await asyncio.sleep(1)
    async with cond:
        ready[0] = 3
        cond.notify_all()
    await asyncio.gather(*waiters)
    print(f"done at {asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
