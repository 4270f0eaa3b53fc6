# A process works on copies of its arguments; a thread works on the same objects.
import asyncio
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def add_item(basket):
    basket.append("pear")
    return len(basket)


async def main():
    loop = asyncio.get_running_loop()

    in_thread = ["apple"]
    with ThreadPoolExecutor(1) as threads:
        seen_by_thread = await loop.run_in_executor(threads, add_item, in_thread)
    print(f"thread saw {seen_by_thread} items; ours now: [{', '.join(in_thread)}]")

    in_process = ["apple"]
    with ProcessPoolExecutor(1) as processes:
        seen_by_process = await loop.run_in_executor(processes, add_item, in_process)
    print(f"process saw {seen_by_process} items; ours now: [{', '.join(in_process)}]")


if __name__ == "__main__":
    asyncio.run(main())
