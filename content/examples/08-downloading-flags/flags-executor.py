# Each image is saved by a worker of the loop's default thread pool: the loop never waits for the disk.
import asyncio
import time

import aiohttp

import flags


async def get_flag(session, cc):
    async with session.get(flags.url(cc)) as resp:
        return await resp.read()


async def download_one(session, cc):
    image = await get_flag(session, cc)
    print(cc)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, flags.save_flag, image, cc.lower() + ".gif")
    return cc


async def download_many(cc_list):
    async with aiohttp.ClientSession() as session:
        res = await asyncio.gather(*[asyncio.create_task(download_one(session, cc)) for cc in cc_list])
    return len(res)


t0 = time.time()
count = asyncio.run(download_many(["BR", "CN", "IN", "JP", "US"]), debug=True)
print(f"{count} flags downloaded in {time.time() - t0:.2f}s; saved: {' '.join(flags.saved())}")
