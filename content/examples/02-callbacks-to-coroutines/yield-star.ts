// Delegation: yield* runs another generator inside this one. Everything the
// inner generator yields goes straight out to the driver, everything the driver
// sends goes straight in, and the inner generator's return value becomes the
// value of the yield* expression. (Python calls this `yield from`.)
function* request(url: string): Generator<string, string, string> {
  const body = yield `GET ${url}`; // ask the driver to do the I/O
  return body;
}

function* callUrl(url: string): Generator<string, number, string> {
  print(`Starting ${url}`);
  const body = yield* request(url); // looks like a plain call, pauses like a generator
  print(`${url}: ${body.length} bytes: ${body}`);
  return body.length;
}

// The driver plays the role of the network (and, later, of the event loop).
const coroutine = callUrl("http://www.python.org");
let step = coroutine.next();
while (!step.done) {
  print("driver was asked to:", step.value);
  step = coroutine.next("<html>Welcome to Python.org</html>");
}
print("callUrl returned", step.value);
