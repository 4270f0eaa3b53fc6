# An exception raised by a loop callback does not stop the loop: asyncio reports it to the
# loop's exception handler and runs the next callback.
import asyncio


def bad_callback(label):
    print(f"{label} raises")
    raise ValueError(label)


def good_callback(label):
    print(f"{label} runs")


async def main():
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda loop, context: seen.append(type(context["exception"]).__name__))
    loop.call_soon(bad_callback, "first")
    loop.call_soon(good_callback, "second")
    loop.call_later(0.5, bad_callback, "timer")
    loop.call_later(0.5, good_callback, "next timer")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: bad_callback("done callback"))
    fut.set_result(None)
    await asyncio.sleep(1)
    print(f"handler saw {len(seen)} errors: {', '.join(seen)}")


asyncio.run(main())
