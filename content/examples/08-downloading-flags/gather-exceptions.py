# gather(..., return_exceptions=True): a failure and a cancellation come back in their places.
import asyncio


async def work(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise Exception(f"{name} broke")
    print(f"{name}: done")
    return name


def describe(result):
    if isinstance(result, asyncio.CancelledError):
        return "cancelled"
    if isinstance(result, Exception):
        return f'failed with "{result}"'
    return f"returned {result}"


async def main():
    a = asyncio.create_task(work("a", 1))
    b = asyncio.create_task(work("b", 2, True))
    c = asyncio.create_task(work("c", 3))
    d = asyncio.create_task(work("d", 4))
    asyncio.get_running_loop().call_later(0.5, c.cancel)
    results = await asyncio.gather(a, b, c, d, return_exceptions=True)
    for i, result in enumerate(results):
        print(f"result {i}: {describe(result)}")


asyncio.run(main())
