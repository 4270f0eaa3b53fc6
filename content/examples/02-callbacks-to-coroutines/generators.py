# A generator function runs in pieces: each next() runs it up to the next
# yield, where it pauses with all its local variables intact.
def countdown(n):
    print("countdown starts")
    while n > 0:
        yield n  # pause here and hand n to whoever called next()
        n -= 1
    return "liftoff"


gen = countdown(3)
print("generator created; its body has not run yet")

while True:
    try:
        value = next(gen)
    except StopIteration as stop:
        print("returned", stop.value)
        break
    print("got", value)
