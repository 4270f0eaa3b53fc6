# Several asyncio.run() calls in a row, each creating tasks that first run in a later step, then
# a loop driven by hand: every run gets a fresh loop and they all complete.
import asyncio


async def worker(label, delay):
    await asyncio.sleep(delay)
    print(f"{label} done after {delay}")
    return label


async def first():
    a = asyncio.create_task(worker("a", 0.2))
    b = asyncio.create_task(worker("b", 0.1))
    print("first created", a.get_name(), b.get_name())
    return await asyncio.gather(a, b)


async def second():
    print("second ran in", asyncio.current_task().get_name())
    await asyncio.sleep(0.3)
    return "second"


print("first:", asyncio.run(first()))
print("second:", asyncio.run(second()))
print("third:", asyncio.run(first()))

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
task = loop.create_task(worker("manual", 0.5))
print("manual:", loop.run_until_complete(task))
loop.close()
asyncio.set_event_loop(None)
print("after all runs")
