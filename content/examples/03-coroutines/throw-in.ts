// throw() resumes a paused coroutine by raising an error at the await where it
// is paused. If the coroutine does not catch it, it comes straight back out.
import * as asyncio from "asyncio";

async function f(): Promise<number> {
  print("f: about to pause");
  await asyncio.sleep(0);
  print("f: never gets here");
  return 123;
}

const coro = f();
coro.send(undefined); // runs up to the await
try {
  coro.throw(new Error("cancel!!")); // raised inside f, at the await
} catch (error) {
  print("came back out of f:", error);
}
