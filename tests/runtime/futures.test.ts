/**
 * Futures (runtime/guest/futures.ts), as CPython's `asyncio/futures.py`: results, exceptions,
 * cancellation, and done callbacks that always go through the loop. Messages were checked
 * against CPython 3.11, whose C Future says `Result is not set.`.
 */
import { describe, expect, it } from "vitest";
import { ASYNCIO, useSandbox } from "./kit.ts";

const run = useSandbox();

/** Runs `body` inside `main()` with `loop` (the running loop) and `fut` (a new future) in scope. */
function inMain(body: string): string {
  return `${ASYNCIO}
async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const fut = loop.createFuture<unknown>();
${body}
}
asyncio.run(main());
`;
}

describe("Future.result and Future.exception", () => {
  it("raise InvalidStateError while the future is pending", () => {
    const result = run(
      inMain(`
  print(fut.done(), fut.cancelled(), String(fut));
  try {
    fut.result();
  } catch (e) {
    print(e, e instanceof asyncio.InvalidStateError);
  }
  try {
    fut.exception();
  } catch (e) {
    print(e);
  }
  fut.cancel();
`),
    );
    expect(result.output).toEqual([
      "false false <Future pending>",
      "InvalidStateError: Result is not set. true",
      "InvalidStateError: Exception is not set.",
    ]);
  });

  it("give the result, and null as the exception, once set", () => {
    const result = run(
      inMain(`
  fut.setResult(42);
  print(fut.done(), fut.result(), fut.exception(), String(fut));
`),
    );
    expect(result.output).toEqual(["true 42 null <Future finished result=42>"]);
  });

  it("raise the exception from result() and return it from exception()", () => {
    const result = run(
      inMain(`
  fut.setException(new TypeError("bad"));
  print(fut.done(), [fut.exception()], String(fut));
  try {
    fut.result();
  } catch (e) {
    print("raised", e);
  }
`),
    );
    expect(result.output).toEqual([
      "true [TypeError('bad')] <Future finished exception=TypeError('bad')>",
      "raised TypeError: bad",
    ]);
  });

  it("instantiates an exception class passed to setException", () => {
    const result = run(
      inMain(`
  fut.setException(RangeError);
  print([fut.exception()]);
`),
    );
    expect(result.output).toEqual(["[RangeError()]"]);
  });
});

describe("Future.setResult and Future.setException", () => {
  it("raise InvalidStateError on a future that is already done", () => {
    const result = run(
      inMain(`
  fut.setResult(1);
  for (const attempt of [() => fut.setResult(2), () => fut.setException(new Error("x"))]) {
    try {
      attempt();
    } catch (e) {
      print(e);
    }
  }
  const cancelled = loop.createFuture();
  cancelled.cancel();
  try {
    cancelled.setResult(1);
  } catch (e) {
    print(e);
  }
`),
    );
    expect(result.output).toEqual([
      "InvalidStateError: invalid state",
      "InvalidStateError: invalid state",
      "InvalidStateError: invalid state",
    ]);
  });

  it("refuses StopIteration as an exception", () => {
    const result = run(
      inMain(`
  try {
    fut.setException(new StopIteration(3));
  } catch (e) {
    print(e);
  }
  print(fut.done());
  fut.cancel();
`),
    );
    expect(result.output).toEqual([
      "TypeError: StopIteration interacts badly with generators and cannot be raised into a Future",
      "false",
    ]);
  });
});

describe("Future.addDoneCallback", () => {
  it("schedules the callbacks through the loop in the order added, never calling them directly", () => {
    const result = run(
      inMain(`
  const cb = (name: string) => (f: asyncio.Future<unknown>) => print("callback", name, f.result());
  fut.addDoneCallback(cb("a"));
  fut.addDoneCallback(cb("b"));
  loop.callSoon(() => print("scheduled before setResult"));
  fut.setResult(42);
  print("setResult returned");
  loop.callSoon(() => print("scheduled after setResult"));
  await asyncio.sleep(0);
  print("main resumes");
`),
    );
    expect(result.lines).toEqual([
      "0.000 Task-1 setResult returned",
      "0.000 - scheduled before setResult",
      "0.000 - callback a 42",
      "0.000 - callback b 42",
      "0.000 - scheduled after setResult",
      "0.000 Task-1 main resumes",
    ]);
  });

  it("schedules a callback added to a done future with callSoon", () => {
    const result = run(
      inMain(`
  fut.setResult("done already");
  loop.callSoon(() => print("queued first"));
  fut.addDoneCallback((f) => print("late callback", f.result()));
  print("added");
  await asyncio.sleep(0);
`),
    );
    expect(result.output).toEqual(["added", "queued first", "late callback done already"]);
  });

  it("calls the callbacks of a cancelled future, which see it cancelled", () => {
    const result = run(
      inMain(`
  fut.addDoneCallback((f) => print("callback: cancelled?", f.cancelled()));
  fut.cancel();
  await asyncio.sleep(0);
`),
    );
    expect(result.output).toEqual(["callback: cancelled? true"]);
  });
});

describe("Future.removeDoneCallback", () => {
  it("removes every registration of the callback and returns how many", () => {
    const result = run(
      inMain(`
  const a = () => print("a");
  const b = () => print("b");
  fut.addDoneCallback(a);
  fut.addDoneCallback(b);
  fut.addDoneCallback(a);
  print("removed", fut.removeDoneCallback(a), fut.removeDoneCallback(a));
  fut.setResult(null);
  await asyncio.sleep(0);
`),
    );
    expect(result.output).toEqual(["removed 2 0", "b"]);
  });

  it("keeps the order of the remaining callbacks and of those added afterwards (as CPython 3.11)", () => {
    const result = run(
      inMain(`
  const a = () => print("a");
  const b = () => print("b");
  const c = () => print("c");
  fut.addDoneCallback(a);
  fut.addDoneCallback(b);
  print("removed", fut.removeDoneCallback(a));
  fut.addDoneCallback(c);
  fut.addDoneCallback(a);
  const other = loop.createFuture<unknown>();
  other.addDoneCallback(a);
  print("removed", other.removeDoneCallback(a));
  other.addDoneCallback(b);
  other.addDoneCallback(c);
  fut.setResult(null);
  await asyncio.sleep(0);
  print("--");
  other.setResult(null);
  await asyncio.sleep(0);
`),
    );
    expect(result.output).toEqual(["removed 1", "removed 1", "b", "c", "a", "--", "b", "c"]);
  });
});

describe("Future.cancel", () => {
  it("cancels a pending future once, keeping the message for the CancelledError", () => {
    const result = run(
      inMain(`
  print(fut.cancel("why"), fut.cancel("again"), fut.cancelled(), fut.done(), String(fut));
  for (const attempt of [() => fut.result(), () => fut.exception()]) {
    try {
      attempt();
    } catch (e) {
      print([e], e instanceof asyncio.CancelledError);
    }
  }
`),
    );
    expect(result.output).toEqual([
      "true false true true <Future cancelled>",
      "[CancelledError('why')] true",
      "[CancelledError('why')] true",
    ]);
  });

  it("returns false for a future that is already done", () => {
    const result = run(
      inMain(`
  fut.setResult(null);
  print(fut.cancel(), fut.cancelled(), String(fut));
`),
    );
    expect(result.output).toEqual(["false false <Future finished result=null>"]);
  });

  it("raises CancelledError with the message in the coroutine awaiting the future", () => {
    const result = run(
      inMain(`
  loop.callLater(1, () => fut.cancel("stopped by a timer"));
  try {
    await fut;
  } catch (e) {
    print([e]);
  }
`),
    );
    expect(result.lines).toEqual(["1.000 Task-1 [CancelledError('stopped by a timer')]"]);
  });
});

describe("awaiting a Future", () => {
  it("suspends until another callback sets its result", () => {
    const result = run(
      inMain(`
  loop.callLater(2, (value: string) => fut.setResult(value), "two");
  print(await fut, loop.time());
`),
    );
    expect(result.lines).toEqual(["2.000 Task-1 two 2"]);
  });

  it("raises the exception set on it", () => {
    const result = run(
      inMain(`
  loop.callLater(0.5, () => fut.setException(new RangeError("late failure")));
  try {
    await fut;
  } catch (e) {
    print("caught", e);
  }
`),
    );
    expect(result.lines).toEqual(["0.500 Task-1 caught RangeError: late failure"]);
  });

  it("from a Future created on another loop raises RuntimeError in the task", () => {
    const result = run(
      inMain(`
  const foreign = asyncio.newEventLoop().createFuture();
  try {
    await foreign;
  } catch (e) {
    print((e as Error).name, /attached to a different loop/.test((e as Error).message));
  }
`),
    );
    expect(result.output).toEqual(["RuntimeError true"]);
  });
});

describe("Future constructor", () => {
  it("attaches the future to the running loop", () => {
    const result = run(
      inMain(`
  const own = new asyncio.Future();
  print(own.getLoop() === loop, fut.getLoop() === loop, asyncio.isfuture(own), asyncio.isfuture(main));
  own.cancel();
`),
    );
    expect(result.output).toEqual(["true true true false"]);
  });
});
