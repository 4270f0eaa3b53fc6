# as_completed yields awaitables in completion order; with a timeout it raises TimeoutError
# for the ones not done in time.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("c", 3), ("a", 1), ("b", 2), ("a2", 1)]]
    for next_done in asyncio.as_completed(tasks):
        name = await next_done
        print(f"got {name} at {loop.time():.1f}")
    more = [asyncio.create_task(job(n, d)) for n, d in [("slow", 4), ("quick", 0.5), ("medium", 1.5)]]
    try:
        for next_done in asyncio.as_completed(more, timeout=2):
            name = await next_done
            print(f"got {name} at {loop.time():.1f}")
    except asyncio.TimeoutError as e:
        print(f"{type(e).__name__} at {loop.time():.1f}")
    print(f"slow done? {str(more[0].done()).lower()}")
    await more[0]
    print(f"slow awaited at {loop.time():.1f}")


asyncio.run(main())
