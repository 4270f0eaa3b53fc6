import asyncio


async def say(what, delay):
    await asyncio.sleep(delay)
    print(what)


async def main():
    slow = asyncio.create_task(say("slow task done", 2))
    quick = asyncio.create_task(say("quick task done", 0))
    print("main: tasks created")
    await say("main: waited 1 s", 1)
    await slow
    print("main: slow task awaited")
    await quick
    print("main: quick task awaited")


asyncio.run(main())
