// Values can flow into a generator too: gen.next(value) resumes it, and the
// paused yield expression evaluates to that value. A generator that receives
// values like this is a coroutine in the original sense of the word.
function* averager(): Generator<number, void, number> {
  let total = 0;
  let count = 0;
  let average = 0;
  while (true) {
    const value = yield average; // hand out the average, then wait for a value
    total += value;
    count += 1;
    average = total / count;
  }
}

const avg = averager();
avg.next(); // run the body up to the first yield ("priming" the coroutine)
print(avg.next(10).value);
print(avg.next(30).value);
print(avg.next(5).value);
