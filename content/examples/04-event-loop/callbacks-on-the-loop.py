# The loop runs plain callbacks as well as tasks: call_soon() queues one for the
# next turn of the loop, call_later() queues it after a delay.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, print, "callLater(0.2)")
    loop.call_later(0.1, print, "callLater(0.1)")
    loop.call_soon(print, "callSoon #1")
    loop.call_soon(print, "callSoon #2")
    handle = loop.call_later(0.15, print, "never printed")
    handle.cancel()  # a scheduled callback can be called off
    print("main: everything is scheduled; now I wait")
    await asyncio.sleep(0.3)
    print("main: done")


asyncio.run(main())
