import asyncio


async def worker(name, seconds):
    print(f"{name}: start")
    try:
        await asyncio.sleep(seconds)
        print(f"{name}: finished")
        return name
    finally:
        print(f"{name}: cleanup")


async def main():
    a = asyncio.create_task(worker("A", 1))
    b = asyncio.create_task(worker("B", 3))
    print("main: tasks created")
    await asyncio.sleep(2)
    print("main: cancelling B")
    b.cancel()
    print(f"main: is B cancelled yet? {str(b.cancelled()).lower()}")
    try:
        await b
    except asyncio.CancelledError as error:
        print("main: awaiting B raised", type(error).__name__)
    print(f"main: A returned {await a}")


asyncio.run(main())
