# wait(..., return_when=FIRST_COMPLETED) returns as soon as one task is done.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


def names(tasks):
    return ", ".join(sorted(task.get_name() for task in tasks))


async def main():
    tasks = [
        asyncio.create_task(job("a", 3), name="a"),
        asyncio.create_task(job("b", 1), name="b"),
        asyncio.create_task(job("c", 1), name="c"),
        asyncio.create_task(job("d", 2), name="d"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"done: {names(done)}; pending: {names(pending)}")
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print(f"done: {names(done)}; pending: {names(pending)}")
    for task in pending:
        task.cancel()
    done, pending = await asyncio.wait(pending)
    print(f"done: {names(done)}; pending: {names(pending)}")
    print(f"a cancelled? {str(tasks[0].cancelled()).lower()}")


asyncio.run(main())
