# Errors in callback style: the callback runs long after fetch() returned, so
# a try/except around fetch() cannot see what goes wrong inside the callback.
import asyncio
from collections import namedtuple

loop = asyncio.new_event_loop()

Response = namedtuple("Response", "url body")

SITES = {
    "http://www.python.org": "<html>Welcome to Python.org</html>",
}


def fetch(url, callback):
    def respond():
        body = SITES.get(url)
        if body is None:
            callback(Exception(f"could not resolve host for {url}"))  # the error is a value
        else:
            callback(None, Response(url, body))

    loop.call_later(0.2, respond)


# A careful callback checks the error first, because nobody else will.
def careful(error, response=None):
    if error:
        print("careful: Error:", error)
        return
    print(f"careful: {response.url}: {len(response.body)} bytes")


# A careless callback forgets, and crashes on the missing response.
def careless(error, response=None):
    print(f"careless: {response.url}: {len(response.body)} bytes")


try:
    fetch("http://no-such-host.test", careful)
    fetch("http://no-such-host.test", careless)
except Exception as error:
    print("caught:", error)  # never printed: fetch() returned before anything failed
print("both requests sent, no error so far")

loop.call_later(1, loop.stop)  # close the office after one second
loop.run_forever()  # the loop logs careless's AttributeError to stderr and carries on
loop.close()
print("the program carries on as if nothing happened")
