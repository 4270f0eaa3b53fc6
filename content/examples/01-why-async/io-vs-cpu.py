# twin: order
# Waiting overlaps; computing does not. Two downloads wait side by side, but
# two calculations on the one loop thread have to take turns.
import asyncio


async def download(name):
    print(f"{name}: waiting for the network")
    await asyncio.sleep(1)
    print(f"{name}: got the page")


async def crunch(name):
    print(f"{name}: counting")
    count = 0
    for _ in range(3_000_000):
        count += 1  # pure CPU work: there is no await in here, so nobody else can run
    print(f"{name}: counted to {count}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(download("download A"), download("download B"))
    print(f"two downloads took {loop.time() - start:.2f} s")

    start = loop.time()
    await asyncio.gather(crunch("crunch A"), crunch("crunch B"))
    print(f"two calculations took {loop.time() - start:.2f} s")


asyncio.run(main())
