# Cancelling the future gather returns cancels every child still running; awaiting it then
# raises CancelledError. Children that already finished keep their results.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled at {asyncio.get_running_loop().time():.1f}")
        raise


async def main():
    tasks = [asyncio.create_task(child(n, d)) for n, d in [("one", 1), ("two", 2), ("three", 3)]]
    group = asyncio.gather(*tasks)
    await asyncio.sleep(1.5)
    print(f"cancel() returned {str(group.cancel()).lower()}")
    try:
        await group
    except asyncio.CancelledError:
        print("awaiting the gather raised CancelledError")
    for task in tasks:
        state = "cancelled" if task.cancelled() else f"result {task.result()}"
        print(f"{task.get_name()}: {state}")


asyncio.run(main())
