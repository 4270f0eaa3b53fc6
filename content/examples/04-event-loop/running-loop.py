# get_running_loop() only works while a loop is running, that is, from inside a
# coroutine or callback that the loop is executing.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as error:
    print("outside any coroutine:", f"{type(error).__name__}: {error}")


async def main():
    loop = asyncio.get_running_loop()
    print("inside main: loop running?", str(loop.is_running()).lower())
    print(f"inside main: loop time {loop.time():g}")


asyncio.run(main())
