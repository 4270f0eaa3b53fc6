import asyncio
from concurrent.futures import ThreadPoolExecutor

import aiohttp
from looplab import world

import flags

countries = world["countries"]
writers = world["writers"]


async def get_flag(session, cc):
    async with session.get(flags.url(cc)) as resp:
        return await resp.read()


async def download_one(session, cc, pool):
    image = await get_flag(session, cc)
    print(cc)
    await asyncio.get_running_loop().run_in_executor(pool, flags.save_flag, image, cc.lower() + ".gif")
    return cc


async def download_many(cc_list):
    async with aiohttp.ClientSession() as session:
        with ThreadPoolExecutor(writers) as pool:  # the disk takes `writers` saves at a time
            res = await asyncio.gather(*[asyncio.create_task(download_one(session, cc, pool)) for cc in cc_list])
    return len(res)


count = asyncio.run(download_many(countries))
print(f"{count} flags downloaded")
