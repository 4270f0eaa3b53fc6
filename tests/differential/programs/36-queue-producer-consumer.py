# A bounded Queue between a producer and two consumers: put() waits while the queue is full,
# get() waits while it is empty, join() waits until every item is marked task_done().
import asyncio


async def producer(queue, count):
    for i in range(count):
        await queue.put(i)
        print(f"put {i} (size {queue.qsize()})")
    print("producer done")


async def consumer(name, queue, delay):
    while True:
        item = await queue.get()
        print(f"{name} got {item}")
        await asyncio.sleep(delay)
        queue.task_done()


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue(maxsize=2)
    consumers = [
        asyncio.create_task(consumer("c1", queue, 1)),
        asyncio.create_task(consumer("c2", queue, 1.5)),
    ]
    await producer(queue, 6)
    await queue.join()
    print(f"all items processed at {loop.time():.1f}, empty? {str(queue.empty()).lower()}")
    for c in consumers:
        c.cancel()
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty as e:
        print(f"get_nowait on empty queue: {type(e).__name__}")


asyncio.run(main())
