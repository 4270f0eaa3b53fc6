# The event loop does the send()/StopIteration dance for you: give it a
# coroutine, and run_until_complete() drives it to the end and returns its value.
import asyncio


async def f():
    await asyncio.sleep(0)
    return 111


loop = asyncio.new_event_loop()
result = loop.run_until_complete(f())
print("runUntilComplete returned", result)
loop.close()
