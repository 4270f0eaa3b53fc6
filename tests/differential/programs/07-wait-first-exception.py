# wait(..., return_when=FIRST_EXCEPTION) returns when a task raises; the exception stays in it.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        print(f"{name} raises")
        raise RuntimeError(f"{name} failed")
    print(f"{name} finished")
    return name


def names(tasks):
    return ", ".join(sorted(task.get_name() for task in tasks))


async def main():
    tasks = [
        asyncio.create_task(job("ok", 1), name="ok"),
        asyncio.create_task(job("bad", 2, fail=True), name="bad"),
        asyncio.create_task(job("late", 5), name="late"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"done: {names(done)}; pending: {names(pending)}")
    for task in sorted(done, key=lambda t: t.get_name()):
        error = task.exception()
        if error is None:
            print(f"{task.get_name()} returned {task.result()}")
        else:
            print(f"{task.get_name()} raised {type(error).__name__}: {error}")
    # With no exception at all, FIRST_EXCEPTION waits for everything.
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print(f"done: {names(done)}; pending: {names(pending)}")


asyncio.run(main())
