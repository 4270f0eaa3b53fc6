import asyncio

import aiohttp
from looplab import world

import flags

countries = world["countries"]


async def get_flag(session, cc):
    async with session.get(flags.url(cc)) as resp:
        return await resp.read()


def show(text):
    print(text)


async def download_one(session, cc):
    image = await get_flag(session, cc)
    show(cc)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, flags.save_flag, image, cc.lower() + ".gif")  # the disk blocks
    return cc


async def download_many(cc_list):
    async with aiohttp.ClientSession() as session:
        res = await asyncio.gather(*[asyncio.create_task(download_one(session, cc)) for cc in sorted(cc_list)])
    return len(res)


count = asyncio.run(download_many(countries))
print(f"{count} flags downloaded")
