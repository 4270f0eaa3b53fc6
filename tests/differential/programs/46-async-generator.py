# An async generator produces values with awaits in between; async for consumes it to the end,
# and its finally block runs when it is exhausted.
import asyncio


async def countdown(name, start, delay):
    try:
        for i in range(start, 0, -1):
            await asyncio.sleep(delay)
            yield f"{name} {i}"
    finally:
        print(f"{name} generator closed")


async def consume(name, start, delay):
    async for value in countdown(name, start, delay):
        print(f"got {value} at {asyncio.get_running_loop().time():.1f}")
    return name


async def main():
    done = await asyncio.gather(consume("fast", 3, 0.5), consume("slow", 2, 1))
    print(done)


asyncio.run(main())
