import asyncio


async def download(name, seconds):
    print(f"start {name}")
    await asyncio.sleep(seconds)
    print(f"done {name}")


async def main():
    await download("news", 2)
    await download("weather", 1)
    await asyncio.gather(download("mail", 3), download("photos", 1))
    print("all done")


asyncio.run(main())
