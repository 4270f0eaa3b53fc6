import asyncio

from looplab import world

url, duration, patience = world["url"], world["duration"], world["patience"]


async def download(url, seconds):
    print(f"opening connection to {url}")
    try:
        await asyncio.sleep(seconds)  # the data trickles in
        return f"{url}: {seconds} s of data"
    finally:
        print(f"closing connection to {url}")  # on success and on cancellation


async def main():
    task = asyncio.create_task(download(url, duration))
    await asyncio.sleep(patience)
    if not task.done():
        task.cancel()
    try:
        print(await task)
    except asyncio.CancelledError:
        print(f"gave up on {url} after {patience} s")


asyncio.run(main())
