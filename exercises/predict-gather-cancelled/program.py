import asyncio


async def job(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    if fail:
        raise Exception(f"{name} failed")
    print(f"{name}: done")
    return name


def describe(result):
    if isinstance(result, asyncio.CancelledError):
        return "cancelled"
    if isinstance(result, Exception):
        return f'failed with "{result}"'
    return f"returned {result}"


async def main():
    a = asyncio.create_task(job("a", 1))
    b = asyncio.create_task(job("b", 2, True))
    c = asyncio.create_task(job("c", 3))
    d = asyncio.create_task(job("d", 1.5))
    asyncio.get_running_loop().call_later(0.5, c.cancel)
    results = await asyncio.gather(a, b, c, d, return_exceptions=True)
    for i, result in enumerate(results):
        print(f"result {i}: {describe(result)}")
    print(f"c cancelled: {str(c.cancelled()).lower()}, d cancelled: {str(d.cancelled()).lower()}")


asyncio.run(main())
