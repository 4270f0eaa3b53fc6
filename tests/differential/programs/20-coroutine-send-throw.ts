// Coroutines driven by hand, without a loop: send(null) runs to the next suspension,
// StopIteration.value carries the return value, throw() raises inside at the await.
import * as asyncio from "asyncio";

async function answer(): Promise<number> {
  print("answer runs");
  return 123;
}

async function spinner(): Promise<string> {
  try {
    for (;;) {
      print("spinning");
      await asyncio.sleep(0);
    }
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("I was cancelled!");
    return "stopped";
  }
}

let coro: Promise<unknown> = answer();
print("coroutine created, nothing ran yet");
try {
  coro.send(null);
} catch (e) {
  if (!(e instanceof StopIteration)) throw e;
  print(`The answer was: ${e.value}`);
}

coro = spinner();
coro.send(null);
coro.send(null);
try {
  coro.throw(new asyncio.CancelledError());
} catch (e) {
  if (!(e instanceof StopIteration)) throw e;
  print(`spinner returned ${e.value}`);
}

coro = spinner();
coro.send(null);
coro.close();
print("closed a suspended coroutine");
try {
  coro.send(null);
} catch (e) {
  if (!(e instanceof Error)) throw e;
  print(`${e.name}: ${e.message}`);
}
