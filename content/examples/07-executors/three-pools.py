# The same blocking function on the default pool, a thread pool and a process pool.
import asyncio
import concurrent.futures
import time


def save_file(name):
    time.sleep(0.2)  # a slow disk
    print(f"saved {name}")
    return name


async def main():
    loop = asyncio.get_running_loop()

    # 1. The default pool: pass None as the executor.
    print("default pool:", await loop.run_in_executor(None, save_file, "a.gif"))

    # 2. A thread pool of our own: pass the pool itself.
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        print("thread pool:", await loop.run_in_executor(pool, save_file, "b.gif"))

    # 3. A process pool: again, pass the pool.
    with concurrent.futures.ProcessPoolExecutor(2) as pool:
        print("process pool:", await loop.run_in_executor(pool, save_file, "c.gif"))


if __name__ == "__main__":
    asyncio.run(main())
