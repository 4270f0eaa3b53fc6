import asyncio
import itertools

from looplab import world

pauses, word, failure = world["pauses"], world["word"], world.get("failure")


async def countdown(n):
    for i in range(n, 0, -1):
        print(f"  {i}...")
        await asyncio.sleep(0)
    if failure:
        raise Exception(failure)
    return word


def drive(coro):
    """Runs `coro` to its end by hand: prints `send #1`, `send #2`, … before each
    `coro.send(None)`, and returns the coroutine's return value."""
    for sends in itertools.count(1):
        print(f"send #{sends}")
        try:
            coro.send(None)  # returns normally when the coroutine pauses
        except StopIteration as stop:
            return stop.value
        # any other exception is a real error: not ours to handle


try:
    result = drive(countdown(pauses))
    print("drive returned", result)
except Exception as error:
    print("drive raised", f"{type(error).__name__}: {error}")
