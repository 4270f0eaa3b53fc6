# Python has no Promise; its nearest relative is a Future whose producer runs
# at once. A coroutine starts only when it is awaited (or wrapped in a task).
import asyncio


def start_download():
    print("promise: my executor runs right away")
    future = asyncio.get_running_loop().create_future()
    future.set_result("promise data")
    return future


async def download():
    print("coroutine: my body runs only now")
    return "coroutine data"


async def main():
    promise = start_download()
    coroutine = download()
    print("main: created a promise and a coroutine")
    await asyncio.sleep(1)
    print("main: one second later, awaiting both")
    print(await promise)
    print(await coroutine)


asyncio.run(main())
