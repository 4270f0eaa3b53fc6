# concurrent.futures.Future.result() blocks; an asyncio Future is awaited. wrap_future bridges them.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def slow_square(x):
    time.sleep(0.3)
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(2)

    cf = pool.submit(slow_square, 3)
    print(f"concurrent.futures.Future done? {str(cf.done()).lower()}")
    wrapped = asyncio.wrap_future(cf)
    print(f"awaited through wrapFuture: {await wrapped}")

    af = loop.run_in_executor(pool, slow_square, 4)
    print(f"is runInExecutor's result an asyncio Future? {str(asyncio.isfuture(af)).lower()}")
    print(f"awaited directly: {await af}")

    blocking = pool.submit(slow_square, 5)
    print(f"result() blocks the loop: {blocking.result()} at t={loop.time():.1f}")
    pool.shutdown()


asyncio.run(main())
