import asyncio
import itertools

from looplab import world

work, interval, answer = world["work"], world["interval"], world["answer"]


async def spin(message):
    """Prints an animation frame every `interval` seconds until it is cancelled."""
    try:
        for char in itertools.cycle("|/-\\"):
            print(f"{char} {message}")
            await asyncio.sleep(interval)
    finally:
        print("spinner stopped")


async def slow_function():
    """Stands for a long wait on I/O."""
    await asyncio.sleep(work)
    return answer


async def supervisor():
    spinner = asyncio.create_task(spin("thinking!"))
    result = await slow_function()
    spinner.cancel()
    try:
        await spinner
    except asyncio.CancelledError:
        pass
    print(f"Answer: {result}")
    return result


asyncio.run(supervisor())
