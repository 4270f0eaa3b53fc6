# Fluent Python's flags_asyncio.py: one task per flag, all gathered, one shared session.
import asyncio
import time

import aiohttp

import flags


async def get_flag(session, cc):
    async with session.get(flags.url(cc)) as resp:
        return await resp.read()


def show(text):
    print(text)


async def download_one(session, cc):
    image = await get_flag(session, cc)
    show(cc)
    flags.save_flag(image, cc.lower() + ".gif")  # blocks the loop for a moment
    return cc


async def download_many(cc_list):
    async with aiohttp.ClientSession() as session:
        res = await asyncio.gather(*[asyncio.create_task(download_one(session, cc)) for cc in sorted(cc_list)])
    return len(res)


t0 = time.time()
count = asyncio.run(download_many(flags.POP20_CC))
print(f"{count} flags downloaded in {time.time() - t0:.2f}s")
