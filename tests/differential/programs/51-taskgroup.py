# TaskGroup (Python 3.11): when a child fails, its siblings are cancelled, and the errors come
# out together as an ExceptionGroup once every child is done.
import asyncio


async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            print(f"{name} fails")
            raise ValueError(f"{name} failed")
        print(f"{name} succeeds")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child("a", 1))
        b = tg.create_task(child("b", 0.5))
    print(f"all done at {loop.time():.1f}: {a.result()}, {b.result()}")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("ok", 1))
            tg.create_task(child("bad", 2, fail=True))
            tg.create_task(child("slow", 5))
    except ExceptionGroup as eg:
        print(f"{type(eg).__name__}: {eg}")
        for error in eg.exceptions:
            print(f"  {type(error).__name__}: {error}")
    print(f"finished at {loop.time():.1f}")


asyncio.run(main())
