# create_task() schedules the coroutine at once: it runs as soon as the current
# task pauses, whether or not anyone ever awaits the task. A bare coroutine
# does nothing until it is awaited.
import asyncio


async def greet(name):
    print(f"{name}: hello")
    await asyncio.sleep(1)
    print(f"{name}: goodbye")
    return len(name)


async def main():
    task = asyncio.create_task(greet("task"))
    print("main: task created, not awaited")
    await asyncio.sleep(2)  # main waits for something else entirely
    print("main: task done?", str(task.done()).lower(), "- result:", task.result())

    coroutine = greet("coroutine")
    print("main: coroutine created, not awaited")
    await asyncio.sleep(2)
    print("main: two seconds later, still nothing from the coroutine")
    await coroutine


asyncio.run(main())
