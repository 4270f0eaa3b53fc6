import asyncio

import aiohttp
from looplab import world

urls = world["urls"]


async def check_status(session, url):
    async with session.get(url) as response:  # waits without holding the loop
        print(f"{url}: {response.status}")
        return response.status


async def main():
    async with aiohttp.ClientSession() as session:
        statuses = await asyncio.gather(*(check_status(session, url) for url in urls))
    print(f"checked {len(statuses)} pages")


asyncio.run(main())
