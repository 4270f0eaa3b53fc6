import asyncio
import time
import aiohttp
import requests
import flags


async def fetch(session, cc):
    async with session.get(flags.url(cc)) as resp:
        body = await resp.read()
        print(cc, resp.status, len(body))


async def main():
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(fetch(session, cc) for cc in flags.POP20_CC[:5]))
        r = await session.get("http://www.example.com/nope")
        print(r.status)
        try:
            r.raise_for_status()
        except aiohttp.ClientResponseError as e:
            print(e)
    r = requests.get("http://www.example.com")
    print(r.status_code, len(r.text), f"{time.monotonic():.2f}")
    flags.save_flag(r.content, "x.gif")
    print(flags.saved(), f"{time.monotonic():.3f}")

asyncio.run(main())
