# done(), cancelled(), result() and exception() on tasks that are pending, finished,
# failed and cancelled.
import asyncio


async def value_after(delay, value):
    await asyncio.sleep(delay)
    return value


async def fail_after(delay):
    await asyncio.sleep(delay)
    raise KeyError("missing")


def flag(x):
    return str(x).lower()


async def main():
    ok = asyncio.create_task(value_after(1, "ok"))
    bad = asyncio.create_task(fail_after(1))
    stopped = asyncio.create_task(value_after(5, "never"))
    print(f"pending: done={flag(ok.done())} cancelled={flag(ok.cancelled())}")
    try:
        ok.result()
    except asyncio.InvalidStateError as e:
        print(f"result() while pending: {type(e).__name__}: {e}")
    try:
        ok.exception()
    except asyncio.InvalidStateError as e:
        print(f"exception() while pending: {type(e).__name__}: {e}")
    await asyncio.sleep(1.5)
    stopped.cancel()
    await asyncio.sleep(0)
    print(f"ok: done={flag(ok.done())} result={ok.result()} no exception? {flag(ok.exception() is None)}")
    error = bad.exception()
    print(f"bad: done={flag(bad.done())} exception={type(error).__name__}")
    try:
        bad.result()
    except KeyError:
        print("bad.result() re-raises the KeyError")
    print(f"stopped: done={flag(stopped.done())} cancelled={flag(stopped.cancelled())}")
    for method in (stopped.result, stopped.exception):
        try:
            method()
        except asyncio.CancelledError as e:
            print(f"stopped.{method.__name__}() raises {type(e).__name__}")


asyncio.run(main())
