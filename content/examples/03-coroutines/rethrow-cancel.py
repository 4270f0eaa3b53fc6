# The same worker with the everyday except Exception:. CancelledError is a BaseException, not an
# Exception (since Python 3.8), so it passes through and the worker is really cancelled.
import asyncio


async def worker():
    for job in range(1, 5):
        try:
            await asyncio.sleep(1)
            if job == 2:
                raise RuntimeError(f"job {job} failed")
            print(f"job {job} done")
        except Exception as error:
            print(f"worker: caught {error}, carrying on")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(2.5)
    print("main: cancelling the worker")
    task.cancel()
    await asyncio.wait([task])
    print(f"main: worker cancelled? {str(task.cancelled()).lower()}")


asyncio.run(main())
