# Future.result() before the result is set raises InvalidStateError; setting a result twice
# does too; a future resolved with set_exception re-raises it from result().
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print(f"{type(e).__name__}: {e}")
    fut.set_result("first")
    try:
        fut.set_result("second")
    except asyncio.InvalidStateError as e:
        print(f"set_result twice: {type(e).__name__}")
    print(f"result is {fut.result()}")
    print(f"cancel() on a done future returns {str(fut.cancel()).lower()}")

    failing = loop.create_future()
    failing.set_exception(ZeroDivisionError("division by zero"))
    try:
        await failing
    except ZeroDivisionError as e:
        print(f"awaiting it raised {type(e).__name__}: {e}")
    print(f"exception() returns {type(failing.exception()).__name__}")

    later = loop.create_future()
    loop.call_later(2, later.set_result, "ready")
    print(f"awaited {await later} at {loop.time():.1f}")


asyncio.run(main())
