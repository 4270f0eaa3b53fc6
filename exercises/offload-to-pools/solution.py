# twin: order
import asyncio
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import requests
from looplab import world

images = world["images"]
pages = world["pages"]


def resize(name, work):
    """CPU-bound: `work` steps of computation."""
    pixels = 0
    for _ in range(work):
        pixels = pixels + 1
    return f"{name} ({pixels} steps)"


def download(url):
    """Blocking I/O: holds the calling thread until the page has arrived."""
    return len(requests.get(url).content)


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as processes, ThreadPoolExecutor() as threads:

        async def resize_one(image):
            await loop.run_in_executor(processes, resize, image["name"], image["work"])
            print(f"resized {image['name']}")

        async def download_one(url):
            await loop.run_in_executor(threads, download, url)
            print(f"downloaded {url}")

        await asyncio.gather(*map(resize_one, images), *map(download_one, pages))
        print("all done")


if __name__ == "__main__":
    asyncio.run(main())
