# Cancelling a sleeping task throws CancelledError at its await; the awaiter sees it at once.
import asyncio


async def sleeper():
    print("sleeper goes to sleep for 10")
    try:
        await asyncio.sleep(10)
        print("sleeper woke normally")
    except asyncio.CancelledError:
        print(f"sleeper cancelled at {asyncio.get_running_loop().time():.1f}")
        raise


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    task.cancel()
    print(f"cancel requested, done? {str(task.done()).lower()}")
    try:
        await task
    except asyncio.CancelledError:
        print(f"main saw the cancellation at {loop.time():.1f}")
    print(f"cancelled? {str(task.cancelled()).lower()}")


asyncio.run(main())
