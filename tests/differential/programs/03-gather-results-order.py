# gather returns results in argument order, whatever order the awaitables finish in.
import asyncio


async def fetch(name, delay, value):
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return value


async def main():
    numbers = await asyncio.gather(fetch("slow", 3, 1), fetch("fast", 1, 2), fetch("mid", 2, 3))
    print(numbers)
    words = await asyncio.gather(fetch("x", 0.5, "alpha"), fetch("y", 0.25, "beta"))
    print(words)
    print(f"sum {sum(numbers)}, first word {words[0]}")
    empty = await asyncio.gather()
    print(empty)


asyncio.run(main())
