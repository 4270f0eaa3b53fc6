# A Semaphore(2) lets at most two workers in at once; the others wait in FIFO order.
import asyncio


async def download(name, seconds, slots):
    print(f"{name} waits for a slot")
    async with slots:
        print(f"{name} downloads for {seconds} s")
        await asyncio.sleep(seconds)
        print(f"{name} done")
    return seconds


async def main():
    loop = asyncio.get_running_loop()
    slots = asyncio.Semaphore(2)
    jobs = [("a", 2), ("b", 1), ("c", 1), ("d", 3), ("e", 0.5)]
    total = await asyncio.gather(*(download(n, s, slots) for n, s in jobs))
    print(f"{sum(total)} s of work took {loop.time():.1f} s")
    print(f"locked? {str(slots.locked()).lower()}")


asyncio.run(main())
