// Driving a coroutine by hand: send() runs it, and when it returns, send()
// throws StopIteration carrying the return value. This is what the event loop
// does for you every time you await something.
async function f(): Promise<number> {
  print("f is running");
  return 123;
}

const coro = f();
try {
  coro.send(undefined); // start it: runs the body up to its first pause, or its end
} catch (error) {
  if (error instanceof StopIteration) {
    print("The answer was:", error.value);
  } else {
    throw error;
  }
}
