# get_running_loop() outside a running loop, a task awaiting itself, and asyncio.run() inside
# a running loop are errors with asyncio's own messages.
import asyncio


async def nothing():
    return None


async def await_self():
    await asyncio.current_task()


async def main():
    task = asyncio.create_task(await_self())
    try:
        await task
    except RuntimeError as e:
        # The rest of the message is the task's repr.
        print(f"{type(e).__name__}: {str(e).split(':')[0]}")
    coro = nothing()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
    coro.close()


try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
asyncio.run(main())
