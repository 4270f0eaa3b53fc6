# The Hello/Goodbye example: the same program with the lower-level loop API: get_event_loop(),
# loop.create_task(), run_until_complete(), close().
import asyncio
import time


async def main():
    print(f"{time.ctime()} Hello!")
    await asyncio.sleep(1.0)
    print(f"{time.ctime()} Goodbye!")


loop = asyncio.get_event_loop()
task = loop.create_task(main())
loop.run_until_complete(task)
loop.close()
print(f"task {task.get_name()} done? {str(task.done()).lower()}")
