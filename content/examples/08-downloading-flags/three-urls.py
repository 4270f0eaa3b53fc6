# The three-URL example with asyncio.wait: start every call as a task, then look at each result.
import asyncio

import aiohttp

urls = ["http://www.example.com", "http://flupy.org/data/flags/jp/jp.gif", "http://www.python.org"]


async def call_url(session, url):
    print(f"Starting {url}")
    async with session.get(url) as response:
        data = await response.text()
    print(f"{url}: {len(data)} bytes")
    return data


async def main():
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(call_url(session, url)) for url in urls]
        done, pending = await asyncio.wait(tasks)
    print(f"{len(done)} done, {len(pending)} pending")
    for task in tasks:
        error = task.exception()
        print(f"ok: {task.get_name()}" if error is None else f"failed: {task.get_name()}: {error}")


asyncio.run(main())
