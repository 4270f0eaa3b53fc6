# Three calls that depend on each other, in callback style: each stage has to
# start the next one from inside its own callback.
import asyncio

loop = asyncio.new_event_loop()


# A pretend remote API: each call answers after half a second.
def api_call(endpoint, request, callback):
    print(f"calling {endpoint}({request})")
    loop.call_later(0.5, callback, None, f"{endpoint}:{request}")


def stage1(error, user_id=None):
    if error:
        return print("stage 1 failed:", error)
    api_call("latestOrder", user_id, stage2)


def stage2(error, order_id=None):
    if error:
        return print("stage 2 failed:", error)
    api_call("shipping", order_id, stage3)


def stage3(error, status=None):
    if error:
        return print("stage 3 failed:", error)
    print("final answer:", status)
    loop.stop()


api_call("findUser", "ada", stage1)
loop.run_forever()
loop.close()
