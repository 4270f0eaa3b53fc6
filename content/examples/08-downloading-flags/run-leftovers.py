# asyncio.run cancels leftover tasks and gathers them with return_exceptions=True.
import asyncio


async def leftover(name, cleanup_time):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(cleanup_time)  # cleaning up may itself wait, for example to close a connection
        print(f"{name}: cleaned up")
        if name == "bad":
            raise RuntimeError("cleanup failed")
        raise


async def main():
    asyncio.create_task(leftover("good", 0.01))
    asyncio.create_task(leftover("bad", 0.02))
    asyncio.create_task(leftover("also good", 0.03))
    await asyncio.sleep(0.1)
    print("main: returning")


asyncio.run(main())
print("asyncio.run returned")
