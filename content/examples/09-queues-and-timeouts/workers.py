# A producer/consumer: main puts six jobs in a queue, three long-running workers take them out,
# and queue.join() waits until every job was marked done before the workers are shut down.
import asyncio


async def worker(name, queue):
    while True:
        seconds = await queue.get()
        await asyncio.sleep(seconds)  # the job: a wait of `seconds`
        print(f"{name} finished a {seconds} s job")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for seconds in [3, 1, 2, 1, 1, 2]:
        queue.put_nowait(seconds)

    workers = [
        asyncio.create_task(worker(name, queue), name=name)
        for name in ["worker-1", "worker-2", "worker-3"]
    ]

    await queue.join()  # every job taken out and marked done
    print("all jobs done; stopping the workers")
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(f"queue empty? {str(queue.empty()).lower()}")


asyncio.run(main())
