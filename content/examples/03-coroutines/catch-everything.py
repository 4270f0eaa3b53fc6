# A worker that keeps going when a job fails, with a catch-all. Python's catch-all is a bare
# except: (or except BaseException:), which catches CancelledError too, so this worker also
# "survives" being cancelled. (except Exception: would not catch it: see rethrow-cancel.py.)
import asyncio


async def worker():
    for job in range(1, 5):
        try:
            await asyncio.sleep(1)
            if job == 2:
                raise RuntimeError(f"job {job} failed")
            print(f"job {job} done")
        except BaseException as error:
            what = "a cancellation" if isinstance(error, asyncio.CancelledError) else str(error)
            print(f"worker: caught {what}, carrying on")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(2.5)
    print("main: cancelling the worker")
    task.cancel()
    await asyncio.wait([task])
    print(f"main: worker cancelled? {str(task.cancelled()).lower()}")


asyncio.run(main())
