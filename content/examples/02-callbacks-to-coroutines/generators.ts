// A generator function runs in pieces: each next() runs it up to the next
// yield, where it pauses with all its local variables intact.
function* countdown(n: number): Generator<number, string, undefined> {
  print("countdown starts");
  while (n > 0) {
    yield n; // pause here and hand n to whoever called next()
    n -= 1;
  }
  return "liftoff";
}

const gen = countdown(3);
print("generator created; its body has not run yet");

let step = gen.next();
while (!step.done) {
  print("got", step.value);
  step = gen.next();
}
print("returned", step.value);
