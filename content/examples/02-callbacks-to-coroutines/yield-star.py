# Delegation: yield from runs another generator inside this one. Everything the
# inner generator yields goes straight out to the driver, everything the driver
# sends goes straight in, and the inner generator's return value becomes the
# value of the yield from expression.
def request(url):
    body = yield f"GET {url}"  # ask the driver to do the I/O
    return body


def call_url(url):
    print(f"Starting {url}")
    body = yield from request(url)  # looks like a plain call, pauses like a generator
    print(f"{url}: {len(body)} bytes: {body}")
    return len(body)


# The driver plays the role of the network (and, later, of the event loop).
coroutine = call_url("http://www.python.org")
step = next(coroutine)
while True:
    print("driver was asked to:", step)
    try:
        step = coroutine.send("<html>Welcome to Python.org</html>")
    except StopIteration as stop:
        print("callUrl returned", stop.value)  # the TypeScript name, so both print the same
        break
