# throw() resumes a paused coroutine by raising an error at the await where it
# is paused. If the coroutine does not catch it, it comes straight back out.
import asyncio


async def f():
    print("f: about to pause")
    await asyncio.sleep(0)
    print("f: never gets here")
    return 123


coro = f()
coro.send(None)  # runs up to the await
try:
    coro.throw(Exception("cancel!!"))  # raised inside f, at the await
except Exception as error:
    print("came back out of f:", f"{type(error).__name__}: {error}")
