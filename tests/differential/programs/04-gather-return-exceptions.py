# gather(..., return_exceptions=True) puts exceptions among the results instead of raising.
import asyncio


async def job(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        print(f"{name} fails")
        raise ValueError(f"{name} broke")
    print(f"{name} succeeds")
    return name.upper()


async def main():
    results = await asyncio.gather(
        job("one", 2, False), job("two", 1, True), job("three", 3, False), return_exceptions=True
    )
    for result in results:
        if isinstance(result, Exception):
            print(f"error {type(result).__name__}: {result}")
        else:
            print(f"value {result}")


asyncio.run(main())
