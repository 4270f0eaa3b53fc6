import asyncio

from looplab import world

jobs = world["jobs"]


async def job(name, wait):
    print(f"Bob starts: {name}")
    await asyncio.sleep(wait)
    print(f"Bob finishes: {name}")


async def main():
    await asyncio.gather(*(job(j["name"], j["wait"]) for j in jobs))
    print("Bob's morning is over")


asyncio.run(main())
