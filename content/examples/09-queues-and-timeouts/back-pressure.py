# Back-pressure: a queue with room for two items. The producer makes an item every 0.5 s, the
# consumer needs 2 s per item, so once the queue is full each put() waits for a free slot and
# the producer slows down to the consumer's pace instead of piling up work.
import asyncio


async def producer(queue):
    for n in range(1, 6):
        await asyncio.sleep(0.5)  # making an item takes half a second
        item = f"item {n}"
        await queue.put(item)  # waits while the queue is full
        print(f"put {item} (queue holds {queue.qsize()})")
    await queue.put("done")  # tells the consumer there is nothing more


async def consumer(queue):
    while True:
        item = await queue.get()
        if item == "done":
            break
        await asyncio.sleep(2)  # handling an item takes two seconds
        print(f"handled {item}")


async def main():
    queue = asyncio.Queue(2)
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
