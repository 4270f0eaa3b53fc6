# Collecting results in callback style: there is nobody to return them to, so
# they go into variables outside the callbacks, and the callback that happens
# to arrive last has to notice it is last.
import asyncio

loop = asyncio.new_event_loop()

LATENCY = {
    "http://www.google.com": 0.3,
    "http://www.yandex.ru": 0.5,
    "http://www.python.org": 0.2,
}


def fetch(url, callback):
    loop.call_later(LATENCY[url], callback, None, f"<html>{url}</html>")


urls = list(LATENCY)
sizes = {}  # shared by every callback
remaining = len(urls)  # also shared: which callback is the last one?


def make_callback(url):
    def on_response(error, body=None):
        global remaining
        if error:
            print("Error:", error)
        else:
            sizes[url] = len(body)
            print(f"got {url}")
        remaining -= 1
        if remaining == 0:
            # Only now is it safe to use all the results together.
            total = sum(sizes.get(u, 0) for u in urls)
            print("total bytes:", total)
            loop.stop()

    return on_response


for url in urls:
    fetch(url, make_callback(url))

loop.run_forever()
loop.close()
