import asyncio


async def child():
    print("child: step 1")
    await asyncio.sleep(0)
    print("child: step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, print, "callLater(0.1) callback")
    loop.call_soon(print, "callSoon callback")
    asyncio.create_task(child())
    print("main: before the first await")
    await asyncio.sleep(0)
    print("main: after sleep(0)")
    await asyncio.sleep(0.2)
    print("main: after sleep(0.2)")


asyncio.run(main())
