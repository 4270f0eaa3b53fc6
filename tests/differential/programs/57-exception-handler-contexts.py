# What the loop's exception handler receives, by where the error happened: a callback's error
# comes with its "handle"; a task that fails while asyncio.run() cancels it at shutdown comes with
# the "task" (not "future").
import asyncio

leftovers = []


def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0])
    print("  keys:", sorted(context))
    print("  exception:", type(context["exception"]).__name__, context["exception"])
    if "task" in context:
        print("  task:", context["task"].get_name(), "is the leftover:", str(context["task"] is leftovers[0]).lower())


def broken(n):
    raise ZeroDivisionError(f"callback {n} divided by zero")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(0.5)
        raise LookupError("cleanup went wrong")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(broken, 1)
    loop.call_later(0.2, broken, 2)
    leftovers.append(asyncio.create_task(stubborn(), name="stubborn"))
    await asyncio.sleep(0.3)
    print("main returns at", loop.time())


asyncio.run(main())
print("done")
