# One thread, taking turns: a coroutine gives up control only at an await that
# pauses. A coroutine with no await in its loop keeps the thread to itself.
import asyncio


async def polite(name):
    for step in range(1, 4):
        print(f"{name} step {step}")
        await asyncio.sleep(0)  # let the others have a turn


async def greedy(name):
    for step in range(1, 4):
        print(f"{name} step {step}")  # no await: nobody else runs until the loop ends


async def main():
    print("-- two polite coroutines")
    await asyncio.gather(polite("A"), polite("B"))
    print("-- a greedy one and a polite one")
    await asyncio.gather(greedy("G"), polite("P"))


asyncio.run(main())
