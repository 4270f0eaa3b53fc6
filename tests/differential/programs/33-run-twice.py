# Each asyncio.run() makes a new loop on the same clock. Task numbers keep counting across
# runs, and run() itself uses two tasks after main (shutdown_asyncgens and
# shutdown_default_executor), so the second run's main task is Task-5.
import asyncio


async def main(label):
    child = asyncio.create_task(asyncio.sleep(0.5, result=label))
    print(f"{label}: main is {asyncio.current_task().get_name()}, child is {child.get_name()}")
    return await child


first = asyncio.run(main("first"))
second = asyncio.run(main("second"))
print(f"results {first}, {second}")
