# call_soon runs callbacks in FIFO order in the next iteration; call_later/call_at run at their
# deadline, equal deadlines in scheduling order; cancelled handles never run. Callbacks run
# outside any task.
import asyncio


def note(label):
    loop = asyncio.get_running_loop()
    print(f"{label} at {loop.time():.2f}")


def chain(label, remaining):
    note(label)
    if remaining > 0:
        asyncio.get_running_loop().call_soon(chain, f"{label}+", remaining - 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1, note, "later 1 (first)")
    loop.call_at(loop.time() + 1, note, "at 1 (second)")
    loop.call_later(0.5, note, "later 0.5")
    loop.call_later(0, note, "later 0")
    loop.call_soon(note, "soon 1")
    cancelled = loop.call_later(0.5, note, "cancelled later")
    loop.call_soon(chain, "chain", 2)
    soon_cancelled = loop.call_soon(note, "cancelled soon")
    loop.call_later(1, note, "later 1 (third)")
    loop.call_soon(note, "soon 2")
    cancelled.cancel()
    soon_cancelled.cancel()
    print(f"handle cancelled? {str(cancelled.cancelled()).lower()}")
    print("main yields")
    await asyncio.sleep(0)
    print("main resumed")
    await asyncio.sleep(2)
    print("main done")


asyncio.run(main())
