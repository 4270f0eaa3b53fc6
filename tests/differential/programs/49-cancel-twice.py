# A task cancelled while it waits in the ready queue (after sleep(0)) gets CancelledError at its
# next step; cancelling twice before it runs delivers one CancelledError, with the last message.
import asyncio


async def yielder(name):
    try:
        print(f"{name} yields")
        await asyncio.sleep(0)
        print(f"{name} resumed normally")
    except asyncio.CancelledError as e:
        print(f"{name} got CancelledError({e})")
        raise


async def main():
    first = asyncio.create_task(yielder("first"))
    await asyncio.sleep(0)
    first.cancel("stop")
    print(f"first cancelling(): {first.cancelling()}")
    await asyncio.gather(first, return_exceptions=True)

    second = asyncio.create_task(yielder("second"))
    await asyncio.sleep(0)
    print(f"cancel #1 returned {str(second.cancel('one')).lower()}")
    print(f"cancel #2 returned {str(second.cancel('two')).lower()}")
    print(f"second cancelling(): {second.cancelling()}")
    await asyncio.gather(second, return_exceptions=True)
    print(f"second cancelled? {str(second.cancelled()).lower()}")


asyncio.run(main())
