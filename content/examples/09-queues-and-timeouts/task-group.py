# A TaskGroup runs tasks that belong together: the block ends only when every task has ended,
# and if one task fails, the group cancels the others and raises the errors as an ExceptionGroup.
import asyncio


async def download(name, seconds, fails=False):
    try:
        await asyncio.sleep(seconds)
        if fails:
            raise RuntimeError(f"{name}: server said 500")
        print(f"{name}: done")
        return f"{name}.html"
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        news = tg.create_task(download("news", 2))
        weather = tg.create_task(download("weather", 3))
    print("all downloads finished:", [news.result(), weather.result()])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(download("sports", 3))
            tg.create_task(download("broken", 1, fails=True))
            tg.create_task(download("stocks", 4))
    except* RuntimeError as group:
        print("the group failed:", [str(e) for e in group.exceptions])


asyncio.run(main())
