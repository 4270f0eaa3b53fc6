# What asyncio.run() does, spelled out with the lower-level loop API.
import asyncio
import time


async def main():
    print(f"{time.ctime()} Hello!")
    await asyncio.sleep(1.0)
    print(f"{time.ctime()} Goodbye!")


loop = asyncio.new_event_loop()  # 1. make a loop
asyncio.set_event_loop(loop)  #     and make it this thread's current loop
task = loop.create_task(main())  # 2. wrap the coroutine in a task: it is now scheduled
loop.run_until_complete(task)  #    3. run the loop until that task is done
loop.close()  #                     4. release the loop's resources
print("loop closed:", str(loop.is_closed()).lower())
