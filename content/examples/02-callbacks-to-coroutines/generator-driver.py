# Generators as coroutines, the way asyncio started out: each coroutine yields
# a Future when it has to wait, and a small driver resumes it when that Future
# has a result. The code inside call_url reads top to bottom, with no callbacks.
import asyncio

loop = asyncio.new_event_loop()

SITES = {
    "http://www.google.com": {"latency": 0.3, "body": "<html>Search</html>"},
    "http://www.yandex.ru": {"latency": 0.5, "body": "<html>Poisk</html>"},
    "http://www.python.org": {"latency": 0.2, "body": "<html>Welcome to Python.org</html>"},
}


# The callback machinery is still there, but hidden inside fetch(): it returns
# a Future (a box that will hold the response) instead of taking a callback.
def fetch(url):
    future = loop.create_future()
    loop.call_later(SITES[url]["latency"], future.set_result, SITES[url]["body"])
    return future


def call_url(url):
    print(f"Starting {url}")
    data = yield fetch(url)  # pause until the response is in
    print(f"{url}: {len(data)} bytes: {data}")
    return data


# The driver: a much simplified asyncio Task. It runs the generator up to its
# next yield, and when the yielded Future is done, runs it again with the result.
def drive(gen, when_done):
    def step(value):
        try:
            future = gen.send(value)
        except StopIteration:
            when_done()
            return
        future.add_done_callback(lambda f: step(f.result()))

    loop.call_soon(step, None)


running = 0


def finished():
    global running
    running -= 1
    if running == 0:
        loop.stop()


for url in SITES:
    running += 1
    drive(call_url(url), finished)
loop.run_forever()
loop.close()
