import asyncio

from looplab import world

jobs = world["jobs"]  # [name, number] pairs, for example [["A", 2], ["B", 3], ["C", 4]]


async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(1)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f


async def main():
    results = await asyncio.gather(*(factorial(name, number) for name, number in jobs))
    print(results)
    return results


asyncio.run(main())
