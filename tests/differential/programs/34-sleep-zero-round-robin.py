# sleep(0) yields to the loop for exactly one iteration: tasks that take turns with it
# interleave strictly in FIFO order.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")


async def main():
    await asyncio.gather(worker("A", 3), worker("B", 2), worker("C", 1))
    print("all done")


asyncio.run(main())
