import asyncio


async def step(name):
    print(f"{name} runs")
    return name


async def main():
    a = step("a")
    b = step("b")
    print("created coroutines a and b")
    task = asyncio.create_task(step("c"))
    print("created task c")
    print(f"awaited {await b}")
    print(f"awaited {await a}")
    await task
    print("done")


asyncio.run(main())
