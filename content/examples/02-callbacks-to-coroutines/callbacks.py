# Callback style: fetch() returns at once, and the callback runs later, when
# the (simulated) response arrives. The event loop is what calls it.
import asyncio
from collections import namedtuple

loop = asyncio.new_event_loop()

Response = namedtuple("Response", "url body")

# A pretend network: each site answers after its own latency, on the loop's clock.
SITES = {
    "http://www.google.com": {"latency": 0.3, "body": "<html>Search</html>"},
    "http://www.yandex.ru": {"latency": 0.5, "body": "<html>Poisk</html>"},
    "http://www.python.org": {"latency": 0.2, "body": "<html>Welcome to Python.org</html>"},
}


def fetch(url, callback):
    site = SITES[url]
    loop.call_later(site["latency"], callback, None, Response(url, site["body"]))


outstanding = 0  # how many responses are still on their way


def handle_response(error, response=None):
    global outstanding
    if error:
        print("Error:", error)
    elif response:
        print(f"{response.url}: {len(response.body)} bytes: {response.body}")
    outstanding -= 1
    if outstanding == 0:
        loop.stop()  # the last one turns off the lights


for url in SITES:
    outstanding += 1
    fetch(url, handle_response)
print("all three requests sent")

loop.run_forever()  # run callbacks as they come due, until loop.stop()
loop.close()
