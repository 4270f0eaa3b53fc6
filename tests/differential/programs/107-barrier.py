# asyncio.Barrier (3.11): tasks wait until all parties arrived, then pass together; the barrier
# can be used again; abort() breaks it for everyone waiting.
import asyncio


async def runner(name, barrier, delay):
    await asyncio.sleep(delay)
    print(f"{name} arrives, {barrier.n_waiting} waiting")
    index = await barrier.wait()
    print(f"{name} passes at {asyncio.get_running_loop().time():.1f} with index {index}")


async def stuck(name, barrier):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print(f"{name}: barrier broken: {str(barrier.broken).lower()}")


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(runner("a", barrier, 1), runner("b", barrier, 2), runner("c", barrier, 3))
    await asyncio.gather(runner("d", barrier, 1), runner("e", barrier, 1), runner("f", barrier, 2))
    other = asyncio.Barrier(2)
    waiting = asyncio.create_task(stuck("g", other))
    await asyncio.sleep(1)
    await other.abort()
    await waiting


asyncio.run(main())
