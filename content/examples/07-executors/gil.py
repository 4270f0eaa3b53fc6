# twin: order
# Four CPU-bound jobs on a thread pool (they take turns: the GIL) and on a process pool (parallel).
import asyncio
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor


def count(n):
    counter = 0
    for _ in range(n):
        counter = counter + 1
    return counter


async def four_jobs(label: str, pool: Executor):
    loop = asyncio.get_running_loop()
    start = loop.time()
    jobs = [loop.run_in_executor(pool, count, 1_000_000) for _ in range(4)]
    await asyncio.gather(*jobs)
    print(f"{label}: 4 jobs in {loop.time() - start:.3f} s")
    pool.shutdown()


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    count(1_000_000)
    print(f"one job on the loop: {loop.time() - start:.3f} s")
    await four_jobs("threads", ThreadPoolExecutor(4))
    await four_jobs("processes", ProcessPoolExecutor(4))


if __name__ == "__main__":
    asyncio.run(main())
