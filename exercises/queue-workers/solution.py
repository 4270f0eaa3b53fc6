import asyncio

from looplab import world

jobs, workers = world["jobs"], world["workers"]


async def handle(job):
    """Does job `job` (numbered from 1): a wait of the job's length."""
    await asyncio.sleep(jobs[job - 1])


async def worker(name, queue):
    while True:
        job = await queue.get()
        await handle(job)
        print(f"{name} handled job {job}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(2)
    tasks = [
        asyncio.create_task(worker(f"worker-{i + 1}", queue), name=f"worker-{i + 1}")
        for i in range(workers)
    ]
    for job in range(1, len(jobs) + 1):
        await queue.put(job)
    await queue.join()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return len(jobs)


asyncio.run(main())
