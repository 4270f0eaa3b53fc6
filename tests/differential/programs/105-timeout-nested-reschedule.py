# asyncio.timeout(): the innermost expired timeout turns the cancellation into TimeoutError,
# reschedule() moves a deadline, and a block that finishes in time is left alone.
import asyncio


def now():
    return f"{asyncio.get_running_loop().time():.1f}"


async def work(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} done at {now()}")
    except asyncio.CancelledError:
        print(f"{name} cancelled at {now()}")
        raise


async def main():
    try:
        async with asyncio.timeout(5):
            try:
                async with asyncio.timeout(1):
                    await work("inner", 3)
            except TimeoutError:
                print(f"inner timed out at {now()}")
            await work("middle", 2)
            await work("outer", 5)
    except TimeoutError:
        print(f"outer timed out at {now()}")

    async with asyncio.timeout(1) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 3)
        await work("rescheduled", 2)
    print(f"expired: {str(cm.expired()).lower()}")

    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.5) as cm:
            await work("at", 1)
    except TimeoutError:
        print(f"timeout_at fired at {now()}, expired: {str(cm.expired()).lower()}")


asyncio.run(main())
