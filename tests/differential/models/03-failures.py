import asyncio
import time

import aiohttp
import requests


def crash(seconds):
    time.sleep(seconds)
    raise ArithmeticError(f"gave up after {seconds} s")


async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, crash, 1.5)
    except ArithmeticError as error:
        print("executor:", error, f"{loop.time():.1f}")
    async with aiohttp.ClientSession() as session:
        try:
            await session.get("http://no-such-host.test/")
        except ConnectionError as error:
            print("aiohttp:", error)
        async with session.get("http://flupy.org/data/flags/xx/xx.gif") as response:
            print("status", response.status, f"{loop.time():.2f}")
    try:
        requests.get("http://no-such-host.test/")
    except requests.ConnectionError as error:
        print("requests:", error)
    response = requests.get("http://www.example.com/missing")
    try:
        response.raise_for_status()
    except requests.HTTPError as error:
        print(error, f"{loop.time():.2f}")


asyncio.run(main())
