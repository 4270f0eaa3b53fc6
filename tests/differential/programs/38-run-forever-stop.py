# run_forever() runs until stop(): the iteration in which stop() is called finishes, but
# callbacks that iteration schedules run only when the loop runs again.
import asyncio


def tick(loop, n):
    print(f"tick {n} at {loop.time():.1f}")
    if n == 3:
        loop.stop()
        loop.call_soon(print, "scheduled during the stopping iteration")
    else:
        loop.call_later(0.5, tick, loop, n + 1)


async def side_job():
    print("side job starts")
    await asyncio.sleep(10)
    print("side job never finishes here")


loop = asyncio.new_event_loop()
loop.call_soon(tick, loop, 1)
job = loop.create_task(side_job())
loop.run_forever()
print(f"run_forever returned at {loop.time():.1f}, running? {str(loop.is_running()).lower()}")
loop.call_soon(loop.stop)
loop.run_forever()
print(f"second run returned at {loop.time():.1f}")
job.cancel()
loop.run_until_complete(asyncio.sleep(0))
print(f"job cancelled? {str(job.cancelled()).lower()}")
loop.close()
