# A coroutine that pauses: every await that has to wait gives control back to
# whoever called send(). Each send() runs one more slice of the body.
import asyncio
import itertools


async def f():
    print("  slice 1")
    await asyncio.sleep(0)  # "let others run": the smallest possible pause
    print("  slice 2")
    await asyncio.sleep(0)
    print("  slice 3")
    return 111


coro = f()
for sends in itertools.count(1):
    print(f"send #{sends}")
    try:
        coro.send(None)
    except StopIteration as stop:
        print(f"finished after {sends} sends with", stop.value)
        break
