import asyncio

loop = asyncio.new_event_loop()


def fetch(url, latency, callback):
    loop.call_later(latency, callback, f"<{url}>")


def after_b(body):
    print(f"got {body}")
    fetch("c.example", 0.1, lambda next_body: print(f"got {next_body}, requested after b"))


print("sending requests")
fetch("a.example", 0.3, lambda body: print(f"got {body}"))
fetch("b.example", 0.1, after_b)
loop.call_soon(lambda: print("callSoon callback"))
print("all requests sent")

loop.call_later(1, loop.stop)
loop.run_forever()
loop.close()
print("loop stopped")
