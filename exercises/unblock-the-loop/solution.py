import asyncio

from looplab import world

downloads = world["downloads"]


async def download(name, seconds):
    print(f"start {name}")
    await asyncio.sleep(seconds)  # waiting for the server, without holding the loop
    print(f"done {name}")
    return name


async def main():
    await asyncio.gather(*(download(d["name"], d["seconds"]) for d in downloads))
    print("all downloads done")


asyncio.run(main())
