# A task cancelled before it ever ran never starts its coroutine: no line of it runs.
import asyncio


async def never():
    print("never runs")
    return 1


async def main():
    task = asyncio.create_task(never())
    print(f"cancel() returned {str(task.cancel()).lower()}")
    print(f"done right after cancel? {str(task.done()).lower()}")
    try:
        await task
    except asyncio.CancelledError as e:
        print(f"awaiting it raised {type(e).__name__}")
    print(f"cancelled? {str(task.cancelled()).lower()}, done? {str(task.done()).lower()}")
    print(f"cancel() again returned {str(task.cancel()).lower()}")


asyncio.run(main())
