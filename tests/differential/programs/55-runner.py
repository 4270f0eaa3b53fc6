# asyncio.Runner (3.11): one loop for several run() calls, so a task started by the first run
# keeps running in the second; close() cancels what is left. Then asyncio.run() of something that
# is not a coroutine: the runner it opens still closes (its shutdown tasks take Task-N names).
import asyncio


async def tick(label, n):
    for i in range(n):
        await asyncio.sleep(0.1)
        print(f"{label} tick {i}")


async def start_background():
    task = asyncio.create_task(tick("background", 10), name="background")
    await asyncio.sleep(0.15)
    return task


async def later(task):
    await asyncio.sleep(0.2)
    print("background done?", str(task.done()).lower())
    return asyncio.current_task().get_name()


async def leftover():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("leftover cancelled at close")
        raise


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    background = runner.run(start_background())
    print("second run in", runner.run(later(background)))
    print("same loop:", str(runner.get_loop() is loop).lower())
    loop.create_task(leftover())
    runner.run(asyncio.sleep(0))
print("loop closed:", str(loop.is_closed()).lower(), "background cancelled:", str(background.cancelled()).lower())

pause = asyncio.sleep(0)
try:
    runner.run(pause)
except RuntimeError as e:
    print("RuntimeError:", e)
    pause.close()

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)


async def whoami():
    return asyncio.current_task().get_name()


print("next main is", asyncio.run(whoami()))

manual = asyncio.Runner(debug=True)
print("debug:", str(manual.get_loop().get_debug()).lower())
print(manual.run(whoami()))
manual.close()
manual.close()
print("closed twice")
