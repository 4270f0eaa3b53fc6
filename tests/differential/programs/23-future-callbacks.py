# A future's done callbacks are scheduled with call_soon in registration order when it
# completes; a task awaiting the future is woken by one of those callbacks, in the same queue.
# A callback added to a future that is already done is scheduled at once.
import asyncio


def callback(label):
    def on_done(fut):
        print(f"callback {label} sees {fut.result()}")

    return on_done


async def waiter(fut, label):
    value = await fut
    print(f"{label} woke with {value}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(callback("first"))
    task = asyncio.create_task(waiter(fut, "waiter task"))
    await asyncio.sleep(0)
    fut.add_done_callback(callback("second"))
    removed = callback("removed")
    fut.add_done_callback(removed)
    print(f"removed {fut.remove_done_callback(removed)} callback(s)")
    loop.call_later(1, fut.set_result, 42)
    print(f"main waits, done? {str(fut.done()).lower()}")
    value = await fut
    print(f"main woke with {value} at {loop.time():.1f}")
    fut.add_done_callback(callback("late"))
    print("late callback added")
    await task
    print("main done")


asyncio.run(main())
