# asyncio.run() ends with loop.shutdown_asyncgens(): an async generator left suspended is closed,
# its finally block runs (and may await) in a task of its own. One that finished is not closed
# again; one never iterated never started. An error while closing goes to the exception handler
# with the generator under the "asyncgen" key.
import asyncio
import re

kept = []


async def ticker(name):
    try:
        n = 0
        while True:
            await asyncio.sleep(0.1)
            n += 1
            yield n
    finally:
        print(f"{name} closing in {asyncio.current_task().get_name()}")
        await asyncio.sleep(0.5)
        print(f"{name} closed")


async def short():
    try:
        yield 1
    finally:
        print("short finished by itself")


async def broken():
    try:
        yield "first"
    finally:
        raise KeyError("cleanup failed")


def handler(loop, context):
    message = re.sub(r" at 0x[0-9a-f]+>", ">", context["message"])
    print("handler:", message)
    print("keys:", sorted(context))
    print("exception:", type(context["exception"]).__name__, "same generator:", str(context["asyncgen"] is kept[-1]).lower())


async def first():
    gen = ticker("ticker")
    kept.append(gen)
    print("got", await gen.__anext__(), await gen.__anext__())
    async for value in short():
        print("short gave", value)
    kept.append(ticker("never iterated"))
    print("first main ends")


async def second():
    asyncio.get_running_loop().set_exception_handler(handler)
    gen = broken()
    kept.append(gen)
    print("got", await gen.__anext__())


asyncio.run(first())
print("after first run")
asyncio.run(second())
print("after second run")


async def who():
    print("third main is", asyncio.current_task().get_name())


asyncio.run(who())
