# A loop driven by hand closes the async generators left suspended when the program calls
# loop.shutdown_asyncgens(), as asyncio.run() does for its own loop; one first iterated after that
# call is closed by the next call.
import asyncio

kept = []


async def numbers(name):
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0.25)
    finally:
        print(f"{name} closing at {asyncio.get_running_loop().time():.2f}")


async def take(name, count):
    gen = numbers(name)
    kept.append(gen)
    values = [await gen.__anext__() for _ in range(count)]
    print(name, "took", values)


loop = asyncio.new_event_loop()
loop.run_until_complete(take("first", 3))
print("shutting down at", loop.time())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.run_until_complete(take("late", 2))
print("shutting down again at", loop.time())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print("closed")
