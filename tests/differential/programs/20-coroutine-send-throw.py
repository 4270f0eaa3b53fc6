# Coroutines driven by hand, without a loop: send(None) runs to the next suspension,
# StopIteration.value carries the return value, throw() raises inside at the await.
import asyncio


async def answer():
    print("answer runs")
    return 123


async def spinner():
    try:
        while True:
            print("spinning")
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("I was cancelled!")
        return "stopped"


coro = answer()
print("coroutine created, nothing ran yet")
try:
    coro.send(None)
except StopIteration as e:
    print(f"The answer was: {e.value}")

coro = spinner()
coro.send(None)
coro.send(None)
try:
    coro.throw(asyncio.CancelledError())
except StopIteration as e:
    print(f"spinner returned {e.value}")

coro = spinner()
coro.send(None)
coro.close()
print("closed a suspended coroutine")
try:
    coro.send(None)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
