# A Future is a box for a result that does not exist yet. Someone puts the
# result in with set_result(); everyone awaiting the box is then woken up.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    print("done?", str(future.done()).lower())
    try:
        future.result()
    except asyncio.InvalidStateError as error:
        print("result() too early:", f"{type(error).__name__}: {error}")

    future.add_done_callback(lambda f: print("done callback: the box now holds", f.result()))
    loop.call_later(1, future.set_result, "the answer")  # someone fills the box later

    value = await future  # pause until the box is filled
    print("await gave", value)
    print("done?", str(future.done()).lower())


asyncio.run(main())
