// An async function is not a coroutine: calling it makes one. And making one
// runs nothing at all; the body waits until somebody drives the coroutine.
import * as asyncio from "asyncio";

async function f(): Promise<number> {
  print("f's body is running");
  return 123;
}

const coro = f();
print("f is a", typeof f);
print("is f a coroutine?", asyncio.iscoroutine(f));
print("is f() a coroutine?", asyncio.iscoroutine(coro));
print("nothing from f's body so far");
