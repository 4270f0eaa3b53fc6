# The low-level API: new_event_loop(), run_until_complete() (which wraps a coroutine in a task
# and returns its result), loop.create_task(), is_running(), close(), is_closed().
import asyncio


async def compute(x, delay):
    loop = asyncio.get_running_loop()
    print(f"compute({x}) in {asyncio.current_task().get_name()}, running? {str(loop.is_running()).lower()}")
    await asyncio.sleep(delay)
    return x * x


loop = asyncio.new_event_loop()
print(f"running? {str(loop.is_running()).lower()}, closed? {str(loop.is_closed()).lower()}")
print(f"result {loop.run_until_complete(compute(3, 1))} at {loop.time():.1f}")
task = loop.create_task(compute(4, 0.5))
other = loop.create_task(compute(5, 2))
print(f"task result {loop.run_until_complete(task)} at {loop.time():.1f}")
print(f"other done? {str(other.done()).lower()}")
print(f"other result {loop.run_until_complete(other)} at {loop.time():.1f}")
loop.close()
print(f"closed? {str(loop.is_closed()).lower()}")
coro = compute(6, 0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
coro.close()
