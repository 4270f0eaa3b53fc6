# Without return_exceptions, gather raises the first exception at once; the other awaitables
# are not cancelled and keep running.
import asyncio


async def job(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        print(f"{name} fails")
        raise ValueError(f"{name} broke")
    print(f"{name} succeeds")
    return name


async def main():
    first = asyncio.create_task(job("first", 1, False))
    second = asyncio.create_task(job("second", 2, True))
    third = asyncio.create_task(job("third", 3, False))
    try:
        await asyncio.gather(first, second, third)
    except ValueError as e:
        print(f"gather raised {type(e).__name__}: {e}")
    print(f"third done? {str(third.done()).lower()}")
    await asyncio.sleep(2)
    print(f"third done? {str(third.done()).lower()}, result {third.result()}")


asyncio.run(main())
