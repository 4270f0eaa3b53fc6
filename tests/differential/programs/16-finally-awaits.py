# Cleanup in finally may await: the cancelled task finishes only after its cleanup is done.
import asyncio


async def connection(name):
    print(f"{name} opens")
    try:
        await asyncio.sleep(60)
    finally:
        print(f"{name} closing...")
        await asyncio.sleep(0.5)
        print(f"{name} closed")


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(connection(n)) for n in ("db", "cache")]
    await asyncio.sleep(1)
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print("gathered", [type(r).__name__ for r in results], "at", f"{loop.time():.1f}")


asyncio.run(main())
