# Task names: Task-1 is run()'s main task, then Task-2, Task-3... in creation order, including
# the tasks gather creates for coroutines; set_name() renames a task. current_task() is the
# task running the current line. (A task named at creation comes last here: whether it uses up
# a number differs between CPython versions.)
import asyncio


async def who(label):
    print(f"{label} runs in {asyncio.current_task().get_name()}")
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    me = asyncio.current_task()
    print(f"main is {me.get_name()}")
    a = asyncio.create_task(who("a"))
    b = asyncio.create_task(who("b"))
    b.set_name("renamed")
    print(f"created {a.get_name()}, {b.get_name()}")
    names = await asyncio.gather(a, b, who("g1"), who("g2"))
    print(names)
    c = asyncio.create_task(who("c"))
    await c
    print(f"awaited coroutine runs in {await who('inline')}")
    print(f"current task is main? {str(asyncio.current_task() is me).lower()}")
    named = asyncio.create_task(who("named"), name="custom")
    print(f"named task returned {await named}")


asyncio.run(main())
