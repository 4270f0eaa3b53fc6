import asyncio

from looplab import world

pages, limit = world["pages"], world["limit"]


async def fetch(page):
    """Downloads a page: a wait of page["seconds"]. The connection closes however the fetch ends."""
    try:
        await asyncio.sleep(page["seconds"])
        return page["size"]
    finally:
        print(f"{page['name']}: connection closed")


async def fetch_within(page):
    """The page's size, or None if it took longer than `limit` seconds."""
    try:
        size = await asyncio.wait_for(fetch(page), limit)
        print(f"{page['name']}: {size} bytes")
        return size
    except TimeoutError:
        print(f"{page['name']}: timed out after {limit} s")
        return None


async def main():
    sizes = await asyncio.gather(*(fetch_within(page) for page in pages))
    return [size for size in sizes if size is not None]


asyncio.run(main())
