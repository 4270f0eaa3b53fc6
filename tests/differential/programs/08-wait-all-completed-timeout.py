# wait() with a timeout returns what is done by then and leaves the rest running;
# ALL_COMPLETED (the default) waits for every task.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return delay


def names(tasks):
    return ", ".join(sorted(task.get_name() for task in tasks))


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(f"job{d}", d), name=f"job{d}") for d in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print(f"at {loop.time():.1f} done: {names(done)}; pending: {names(pending)}")
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print(f"at {loop.time():.1f} done: {names(done)}; pending: {names(pending)}")
    print(f"total {sum(task.result() for task in done)}")
    # A timeout longer than the work: wait returns when the work is done, not at the timeout.
    extra = asyncio.create_task(job("extra", 0.5), name="extra")
    done, pending = await asyncio.wait([extra], timeout=10)
    print(f"at {loop.time():.1f} done: {names(done)}; pending: {names(pending)}")


asyncio.run(main())
