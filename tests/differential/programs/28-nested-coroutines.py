# Awaiting a coroutine that does not suspend costs no loop iteration: a ticker that yields
# with sleep(0) gets no turn while main walks a chain of nested coroutines.
import asyncio


async def ticker():
    for i in range(5):
        print(f"tick {i}")
        await asyncio.sleep(0)


async def leaf(n):
    print(f"leaf {n}")
    return n * 10


async def middle(n):
    value = await leaf(n)
    print(f"middle got {value}")
    return value + 1


async def outer():
    total = 0
    for n in range(3):
        total += await middle(n)
    print(f"outer total {total}")
    return total


async def main():
    task = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    result = await outer()
    print(f"main got {result}")
    await asyncio.sleep(0)
    print("main after one yield")
    await task


asyncio.run(main())
