# Values can flow into a generator too: gen.send(value) resumes it, and the
# paused yield expression evaluates to that value. A generator that receives
# values like this is a coroutine in the original sense of the word.
def averager():
    total = 0
    count = 0
    average = 0
    while True:
        value = yield average  # hand out the average, then wait for a value
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)  # run the body up to the first yield ("priming" the coroutine)
print(f"{avg.send(10):g}")
print(f"{avg.send(30):g}")
print(f"{avg.send(5):g}")
