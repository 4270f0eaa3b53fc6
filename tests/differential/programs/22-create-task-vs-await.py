# create_task schedules a coroutine to run later, in its own task; awaiting a coroutine
# runs it right away, inside the current task.
import asyncio


async def step(label):
    print(f"{label} runs")
    await asyncio.sleep(0)
    print(f"{label} resumes")


async def main():
    print("main creates t1 and t2")
    asyncio.create_task(step("t1"))
    asyncio.create_task(step("t2"))
    print("main awaits the coroutine c directly")
    await step("c")
    print("main awaits sleep(0)")
    await asyncio.sleep(0)
    print("main continues")
    await asyncio.sleep(0)
    print("main ends")


asyncio.run(main())
