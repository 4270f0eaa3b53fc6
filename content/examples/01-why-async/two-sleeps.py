# The same two downloads, written with async/await. While one download waits
# for the network, the other one gets to run: the waits overlap.
import asyncio


async def download(name, seconds):
    print(f"start {name}")
    await asyncio.sleep(seconds)  # wait for the network, and let others run meanwhile
    print(f"done {name}")
    return f"{name}.html"


async def main():
    pages = await asyncio.gather(download("news", 2), download("weather", 3))
    print(pages)


asyncio.run(main())
