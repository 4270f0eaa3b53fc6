# Driving a coroutine by hand: send() runs it, and when it returns, send()
# raises StopIteration carrying the return value. This is what the event loop
# does for you every time you await something.
async def f():
    print("f is running")
    return 123


coro = f()
try:
    coro.send(None)  # start it: runs the body up to its first pause, or its end
except StopIteration as e:
    print("The answer was:", e.value)
