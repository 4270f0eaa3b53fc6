# An async function is not a coroutine: calling it makes one. And making one
# runs nothing at all; the body waits until somebody drives the coroutine.
import asyncio


async def f():
    print("f's body is running")
    return 123


coro = f()
print("f is a", type(f).__name__)
print("is f a coroutine?", str(asyncio.iscoroutine(f)).lower())
print("is f() a coroutine?", str(asyncio.iscoroutine(coro)).lower())
print("nothing from f's body so far")
