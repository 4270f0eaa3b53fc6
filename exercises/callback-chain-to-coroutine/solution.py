import asyncio

from looplab import world

user, latency, unknown_user = world["user"], world["latency"], world["unknownUser"]


def api_call(endpoint, request):
    """Awaitable style: returns a Future that receives the response (or the error)."""
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    print(f"calling {endpoint}({request})")

    def respond():
        if request == unknown_user:
            future.set_exception(Exception(f"no such user: {request}"))
        else:
            future.set_result(f"{endpoint}:{request}")

    loop.call_later(latency, respond)
    return future


async def look_up(user):
    user_id = await api_call("findUser", user)
    order_id = await api_call("latestOrder", user_id)
    return await api_call("shipping", order_id)


async def main():
    try:
        print("shipping status:", await look_up(user))
    except Exception as error:
        print("error:", error)


asyncio.run(main())
