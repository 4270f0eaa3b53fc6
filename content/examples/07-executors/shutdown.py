# asyncio.run() waits for the default executor's jobs (shutdown_default_executor) before closing.
import asyncio
import time


def slow_job():
    time.sleep(1)
    print("slow job: finished in its thread")


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, slow_job)  # started, never awaited
    await asyncio.sleep(0.2)
    print("main: returning")


asyncio.run(main())
print("after asyncio.run")
