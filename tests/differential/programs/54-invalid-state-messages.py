# The messages of InvalidStateError, as the C Future that asyncio uses words them: setting a done
# (or cancelled) future again says "invalid state"; reading a pending one names what is not set.
import asyncio


def attempt(label, action):
    try:
        action()
    except asyncio.InvalidStateError as e:
        print(f"{label}: {type(e).__name__}: {e}")


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result(1)
    attempt("set_result on a done future", lambda: done.set_result(2))
    attempt("set_exception on a done future", lambda: done.set_exception(ValueError("late")))

    pending = loop.create_future()
    attempt("result of a pending future", pending.result)
    attempt("exception of a pending future", pending.exception)

    pending.cancel()
    attempt("set_result on a cancelled future", lambda: pending.set_result(3))

    failed = loop.create_future()
    failed.set_exception(KeyError("k"))
    attempt("set_result on a failed future", lambda: failed.set_result(4))
    print("failed with", type(failed.exception()).__name__)


asyncio.run(main())
