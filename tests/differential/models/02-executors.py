import asyncio
import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait
import requests


def blocking(name, s):
    print(f"{name} start")
    time.sleep(s)
    print(f"{name} done")
    return name.upper()


def fetch(url):
    r = requests.get(url)
    return r.status_code


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(
        loop.run_in_executor(None, blocking, "a", 1),
        asyncio.to_thread(blocking, "b", 0.5),
        asyncio.sleep(0.7, "slept"),
    )
    print(results, f"{loop.time():.1f}")
    with ProcessPoolExecutor() as pool:
        r = await loop.run_in_executor(pool, blocking, "p", 2)
        print(r, f"{loop.time():.1f}")
    with ThreadPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(blocking, f"t{i}", i) for i in (3, 1, 2)]
        for f in as_completed(futs):
            print("completed", f.result(), f"{time.monotonic():.1f}")
    print("end", f"{loop.time():.1f}")

asyncio.run(main())
with ThreadPoolExecutor(3) as ex:
    print(list(ex.map(fetch, ["http://www.example.com"] * 4)), f"{time.monotonic():.1f}")
