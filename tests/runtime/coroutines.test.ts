/**
 * Coroutine objects (runtime/guest/coroutines.ts), as CPython's `Objects/genobject.c` defines
 * them: lazy, driven by `send`/`throw`/`close`, finished with `StopIteration`. Expected messages
 * were checked against CPython 3.11.
 */
import { describe, expect, it } from "vitest";
import { ASYNCIO, useSandbox } from "./kit.ts";

const run = useSandbox();

describe("calling an async function", () => {
  it("creates a coroutine object and runs nothing of its body", () => {
    const result = run(`${ASYNCIO}
let ran = false;
async function work(): Promise<number> {
  ran = true;
  return 1;
}
const coro = work();
print(ran, asyncio.iscoroutine(coro), String(coro));
asyncio.run(coro);
print(ran);
`);
    expect(result.output).toEqual(["false true <coroutine object work>", "true"]);
  });

  it("names the coroutine after the function, also for methods and function expressions", () => {
    const result = run(`${ASYNCIO}
class Service {
  async fetch(): Promise<void> {}
}
const named = async function loader(): Promise<void> {};
const arrow = async (): Promise<void> => {};
for (const coro of [new Service().fetch(), named(), arrow()]) {
  print(String(coro));
  coro.close();
}
`);
    expect(result.output).toEqual([
      "<coroutine object Service.fetch>",
      "<coroutine object loader>",
      "<coroutine object arrow>",
    ]);
  });
});

describe("Coroutine.send", () => {
  it("runs to the end and raises StopIteration whose value is the return value", () => {
    const result = run(`
async function answer(): Promise<number> {
  print("answer runs");
  return 42;
}
const coro = answer();
try {
  coro.send(null);
} catch (e) {
  print(e instanceof StopIteration, (e as StopIteration).value);
}
`);
    expect(result.output).toEqual(["answer runs", "true 42"]);
  });

  it("returns what the coroutine awaits when it suspends on a pending future", () => {
    const result = run(`${ASYNCIO}
async function waiter(fut: asyncio.Future<string>): Promise<string> {
  const value = await fut;
  return "got " + value;
}
const loop = asyncio.newEventLoop();
const fut = loop.createFuture<string>();
const coro = waiter(fut);
print(coro.send(null) === fut);
fut.setResult("x");
try {
  coro.send(null);
} catch (e) {
  print((e as StopIteration).value);
}
loop.close();
`);
    expect(result.output).toEqual(["true", "got x"]);
  });

  it("raises TypeError when the first value sent is not null", () => {
    const result = run(`
async function f(): Promise<void> {}
const coro = f();
try {
  coro.send(1);
} catch (e) {
  print(e);
}
coro.close();
`);
    expect(result.output).toEqual(["TypeError: can't send non-None value to a just-started coroutine"]);
  });

  it("raises RuntimeError when the coroutine already finished", () => {
    const result = run(`
async function f(): Promise<number> {
  return 1;
}
const coro = f();
try {
  coro.send(null);
} catch (e) {
  print(e);
}
try {
  coro.send(null);
} catch (e) {
  print(e);
}
`);
    expect(result.output).toEqual([
      "StopIteration: 1",
      "RuntimeError: cannot reuse already awaited coroutine",
    ]);
  });

  it("raises ValueError when the coroutine sends into itself while it runs", () => {
    const result = run(`
async function f(): Promise<void> {
  coro.send(null);
}
const coro = f();
try {
  coro.send(null);
} catch (e) {
  print(e);
}
`);
    expect(result.output).toEqual(["ValueError: coroutine already executing"]);
  });
});

describe("Coroutine.throw", () => {
  it("raises the error at the current await, where the coroutine may catch it and return", () => {
    const result = run(`${ASYNCIO}
async function spinner(): Promise<string> {
  try {
    for (;;) {
      print("spinning");
      await asyncio.sleep(0);
    }
  } catch (e) {
    print("caught", e);
    return "stopped";
  }
}
const coro = spinner();
coro.send(null);
coro.send(null);
try {
  coro.throw(new asyncio.CancelledError("enough"));
} catch (e) {
  print(e instanceof StopIteration, (e as StopIteration).value);
}
`);
    expect(result.output).toEqual(["spinning", "spinning", "caught CancelledError: enough", "true stopped"]);
  });

  it("propagates the error when the coroutine does not catch it, and the coroutine is then finished", () => {
    const result = run(`${ASYNCIO}
async function f(): Promise<void> {
  await asyncio.sleep(0);
  print("never");
}
const coro = f();
coro.send(null);
try {
  coro.throw(new RangeError("out"));
} catch (e) {
  print(e);
}
try {
  coro.send(null);
} catch (e) {
  print(e);
}
`);
    expect(result.output).toEqual([
      "RangeError: out",
      "RuntimeError: cannot reuse already awaited coroutine",
    ]);
  });

  it("raises the error without running the body when the coroutine has not started", () => {
    const result = run(`
async function f(): Promise<void> {
  print("never");
}
const coro = f();
try {
  coro.throw(new TypeError("early"));
} catch (e) {
  print(e);
}
try {
  coro.send(null);
} catch (e) {
  print(e);
}
`);
    expect(result.output).toEqual([
      "TypeError: early",
      "RuntimeError: cannot reuse already awaited coroutine",
    ]);
  });

  it("raises ValueError when the coroutine throws into itself while it runs", () => {
    const result = run(`
async function f(): Promise<void> {
  coro.throw(new Error("x"));
}
const coro = f();
try {
  coro.send(null);
} catch (e) {
  print(e);
}
`);
    expect(result.output).toEqual(["ValueError: coroutine already executing"]);
  });
});

describe("Coroutine.close", () => {
  it("runs the finally blocks of a suspended coroutine, which then cannot be resumed", () => {
    const result = run(`${ASYNCIO}
async function f(): Promise<void> {
  try {
    await asyncio.sleep(0);
    print("never");
  } finally {
    print("finally runs on close");
  }
}
const coro = f();
coro.send(null);
coro.close();
coro.close();
print("closed twice");
try {
  coro.send(null);
} catch (e) {
  print(e);
}
`);
    expect(result.output).toEqual([
      "finally runs on close",
      "closed twice",
      "RuntimeError: cannot reuse already awaited coroutine",
    ]);
  });

  it("raises RuntimeError when a finally block awaits while closing", () => {
    const result = run(`${ASYNCIO}
async function f(): Promise<void> {
  try {
    await asyncio.sleep(0);
  } finally {
    await asyncio.sleep(0);
  }
}
const coro = f();
coro.send(null);
try {
  coro.close();
} catch (e) {
  print(e);
}
`);
    expect(result.output).toEqual(["RuntimeError: coroutine ignored GeneratorExit"]);
  });

  it("marks a coroutine that never started as closed, without a never-awaited warning", () => {
    const result = run(`
async function f(): Promise<void> {
  print("never");
}
const coro = f();
coro.close();
try {
  coro.send(null);
} catch (e) {
  print(e);
}
`);
    expect(result.output).toEqual(["RuntimeError: cannot reuse already awaited coroutine"]);
    expect(result.warnings).toEqual([]);
  });
});

describe("await on a coroutine", () => {
  it("delegates inside one step: a coroutine chain that never suspends gives no other task a turn", () => {
    const result = run(`${ASYNCIO}
async function ticker(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    print("tick", i);
    await asyncio.sleep(0);
  }
}
async function leaf(n: number): Promise<number> {
  print("leaf", n);
  return n * 10;
}
async function middle(n: number): Promise<number> {
  return (await leaf(n)) + 1;
}
async function main(): Promise<void> {
  const task = asyncio.createTask(ticker());
  await asyncio.sleep(0);
  let total = 0;
  for (let n = 0; n < 3; n++) total += await middle(n);
  print("total", total);
  await task;
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "0.000 Task-2 tick 0",
      "0.000 Task-1 leaf 0",
      "0.000 Task-1 leaf 1",
      "0.000 Task-1 leaf 2",
      "0.000 Task-1 total 33",
      "0.000 Task-2 tick 1",
      "0.000 Task-2 tick 2",
    ]);
  });

  it("passes the innermost suspension up to the task, and the result back down", () => {
    const result = run(`${ASYNCIO}
async function inner(): Promise<string> {
  await asyncio.sleep(1.5);
  return "deep";
}
async function outer(): Promise<string> {
  return (await inner()) + "!";
}
async function main(): Promise<void> {
  print(await outer());
}
asyncio.run(main());
`);
    expect(result.lines).toEqual(["1.500 Task-1 deep!"]);
  });

  it("raises RuntimeError when the coroutine was already awaited to its end", () => {
    const result = run(`${ASYNCIO}
async function slow(): Promise<number> {
  await asyncio.sleep(1);
  return 5;
}
async function main(): Promise<void> {
  const coro = slow();
  print(await coro);
  try {
    await coro;
  } catch (e) {
    print(e);
  }
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "1.000 Task-1 5",
      "1.000 Task-1 RuntimeError: cannot reuse already awaited coroutine",
    ]);
  });

  it("raises RuntimeError in the second task that awaits a coroutine another task is awaiting", () => {
    const result = run(`${ASYNCIO}
async function slow(): Promise<number> {
  await asyncio.sleep(1);
  return 5;
}
async function main(): Promise<void> {
  const shared = slow();
  const a = async () => await shared;
  print(await asyncio.gather(a(), a(), { returnExceptions: true }));
}
asyncio.run(main());
`);
    expect(result.lines).toEqual(["1.000 Task-1 [5, RuntimeError('coroutine is being awaited already')]"]);
  });
  it("raises RuntimeError for a coroutine suspended at an await of its own, started by hand or by a task", () => {
    const result = run(`${ASYNCIO}
async function work(): Promise<string> {
  await asyncio.sleep(1);
  return "w";
}
async function main(): Promise<void> {
  const byHand = asyncio.sleep(0, "by hand");
  byHand.send(null);
  try {
    await byHand;
  } catch (e) {
    print(e);
  }
  const coro = work();
  const task = asyncio.createTask(coro);
  await asyncio.sleep(0);
  try {
    await coro;
  } catch (e) {
    print(e);
  }
  print(await task);
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "0.000 Task-1 RuntimeError: coroutine is being awaited already",
      "0.000 Task-1 RuntimeError: coroutine is being awaited already",
      "1.000 Task-1 w",
    ]);
  });
});

describe("awaitables", () => {
  it("gives a plain value back at once, without suspending", () => {
    const result = run(`${ASYNCIO}
async function other(): Promise<void> {
  print("other runs");
}
async function main(): Promise<void> {
  asyncio.createTask(other());
  print(await 42, await "s", await null, await [1]);
  print("still the same step");
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "0.000 Task-1 42 s null [1]",
      "0.000 Task-1 still the same step",
      "0.000 Task-2 other runs",
    ]);
  });

  it("settles native Promises through the loop, resolved or rejected", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  print(await Promise.resolve(5));
  try {
    await Promise.reject(new TypeError("nope"));
  } catch (e) {
    print("rejected with", e);
  }
  try {
    await Promise.reject("a string");
  } catch (e) {
    print("rejected with", e);
  }
  const later = new Promise<string>((resolve) => setTimeout(() => resolve("later"), 1500));
  print(await later);
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "0.000 Task-1 5",
      "0.000 Task-1 rejected with TypeError: nope",
      "0.000 Task-1 rejected with Error: a string",
      "1.500 Task-1 later",
    ]);
  });

  it("lets another task run while a native Promise settles", () => {
    const result = run(`${ASYNCIO}
async function ticker(): Promise<void> {
  for (let i = 0; i < 2; i++) {
    print("tick", i);
    await asyncio.sleep(0);
  }
}
async function main(): Promise<void> {
  const task = asyncio.createTask(ticker());
  print("before");
  print(await Promise.resolve("resolved"));
  await task;
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "0.000 Task-1 before",
      "0.000 Task-2 tick 0",
      "0.000 Task-1 resolved",
      "0.000 Task-2 tick 1",
    ]);
  });

  it("accepts any thenable", () => {
    const result = run(`${ASYNCIO}
const thenable = {
  then(resolve: (value: number) => void) {
    resolve(9);
  },
};
async function main(): Promise<void> {
  print(await thenable);
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["9"]);
  });

  it("awaits futures and tasks for their result", () => {
    const result = run(`${ASYNCIO}
async function child(): Promise<string> {
  await asyncio.sleep(0.25);
  return "child";
}
async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const fut = loop.createFuture<number>();
  loop.callLater(0.5, () => fut.setResult(7));
  print(await asyncio.createTask(child()), await fut);
}
asyncio.run(main());
`);
    expect(result.lines).toEqual(["0.500 Task-1 child 7"]);
  });

  it("iscoroutine tells coroutines from futures, promises and functions", () => {
    const result = run(`${ASYNCIO}
async function f(): Promise<void> {}
async function main(): Promise<void> {
  const coro = f();
  const fut = asyncio.getRunningLoop().createFuture();
  print(asyncio.iscoroutine(coro), asyncio.iscoroutine(fut), asyncio.iscoroutine(Promise.resolve(1)), asyncio.iscoroutine(f));
  await coro;
  fut.cancel();
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["true false false false"]);
  });
});
