import asyncio

import aiohttp


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0)


async def fetch(session):
    response = await session.get("http://fast.example/")
    print("got", response.status, await response.text())


async def main():
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(fetch(session), ticker())
        # A route's missing status and null latency take the defaults: 200 after 0.3 s.
        response = await session.get("http://plain.example/")
        print("got", response.status, await response.text(), f"{asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
