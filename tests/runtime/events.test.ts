/**
 * The event loop (runtime/guest/base_events.ts, events.ts), as CPython's `base_events.py`: callback
 * order, timers on the virtual clock, the loop's life cycle and the loop policy functions.
 * Expected orders and messages were checked against CPython 3.11 on a virtual clock.
 */
import { describe, expect, it } from "vitest";
import { ASYNCIO, useSandbox } from "./kit.ts";

const run = useSandbox();

/** A program with a fresh loop `loop` and a callback `cb(name)` that prints the name and the time. */
function withLoop(body: string): string {
  return `${ASYNCIO}
const loop = asyncio.newEventLoop();
asyncio.setEventLoop(loop);
const cb = (name: string, ...args: unknown[]) => print(name, ...args, "at", loop.time());
${body}
`;
}

describe("loop.callSoon", () => {
  it("runs callbacks in FIFO order, with their arguments", () => {
    const result = run(
      withLoop(`
loop.callSoon(cb, "first");
loop.callSoon(cb, "second", 1, 2);
loop.callSoon(cb, "third");
loop.callSoon(() => loop.stop());
loop.runForever();
`),
    );
    expect(result.output).toEqual(["first at 0", "second 1 2 at 0", "third at 0"]);
  });

  it("runs a callback scheduled by a callback in the next iteration, after the ones already queued", () => {
    const result = run(
      withLoop(`
loop.callSoon(() => {
  print("a");
  loop.callSoon(() => print("c (scheduled by a)"));
});
loop.callSoon(() => print("b"));
loop.callLater(1, () => loop.stop());
loop.runForever();
`),
    );
    expect(result.output).toEqual(["a", "b", "c (scheduled by a)"]);
  });

  it("returns a handle whose cancel() keeps the callback from running", () => {
    const result = run(
      withLoop(`
const handle = loop.callSoon(cb, "cancelled");
loop.callSoon(cb, "kept");
handle.cancel();
print(handle.cancelled());
loop.callSoon(() => loop.stop());
loop.runForever();
`),
    );
    expect(result.output).toEqual(["true", "kept at 0"]);
  });

  it("raises TypeError for something that is not callable", () => {
    const result = run(
      withLoop(`
try {
  loop.callSoon(5 as never);
} catch (e) {
  print(e);
}
`),
    );
    expect(result.output).toEqual(["TypeError: a callable object was expected by callSoon(), got 5"]);
  });

  it("refuses a future as a callback, and names callAt for a timer (CPython's debug-mode checks)", () => {
    const result = run(
      withLoop(`
for (const attempt of [
  () => loop.callSoon(loop.createFuture() as never),
  () => loop.callLater(1, 5 as never),
  () => loop.callAt(1, 5 as never),
]) {
  try {
    attempt();
  } catch (e) {
    print(e);
  }
}
`),
    );
    expect(result.output).toEqual([
      "TypeError: a callable object was expected by callSoon(), got <Future pending>",
      "TypeError: a callable object was expected by callAt(), got 5",
      "TypeError: a callable object was expected by callAt(), got 5",
    ]);
  });
});

describe("loop.callLater and loop.callAt", () => {
  it("fire in deadline order; equal deadlines fire in scheduling order; cancelled ones never", () => {
    const result = run(
      withLoop(`
loop.callSoon(cb, "soon");
loop.callLater(1, cb, "later 1 (a)");
loop.callAt(1, cb, "at 1");
loop.callLater(0.5, cb, "later 0.5");
loop.callLater(1, cb, "later 1 (b)");
const cancelled = loop.callLater(1, cb, "cancelled");
cancelled.cancel();
loop.callLater(0, cb, "later 0");
loop.callLater(-1, cb, "later -1");
loop.callLater(2, () => loop.stop());
loop.runForever();
`),
    );
    expect(result.lines).toEqual([
      "0.000 - soon at 0",
      "0.000 - later -1 at 0",
      "0.000 - later 0 at 0",
      "0.500 - later 0.5 at 0.5",
      "1.000 - later 1 (a) at 1",
      "1.000 - at 1 at 1",
      "1.000 - later 1 (b) at 1",
    ]);
    expect(result.trace.elapsed).toBe(2);
  });

  it("keep deadline-then-scheduling order over hundreds of tied timers, cancellations and purges", () => {
    // 400 timers over 7 deadlines (many ties), scheduled in a scrambled order; three in four are
    // cancelled, which makes the loop purge cancelled timers (more than 100, more than half).
    const timers: { name: string; when: number; cancelled: boolean }[] = [];
    for (let i = 0; i < 400; i++) {
      timers.push({ name: `t${i}`, when: ((i * 37) % 7) / 4, cancelled: i % 4 !== 0 });
    }
    const expected = timers
      .filter((t) => !t.cancelled)
      .sort((a, b) => a.when - b.when) // Array.prototype.sort is stable: ties keep scheduling order.
      .map((t) => `${t.name} at ${t.when}`);
    const result = run(
      withLoop(`
const plan = ${JSON.stringify(timers)};
const handles = plan.map((t) => loop.callAt(t.when, cb, t.name));
plan.forEach((t, i) => {
  if (t.cancelled) handles[i].cancel();
});
loop.callLater(0.1, () => {
  // Joins the deadline at 0.25 that already holds timers, behind them.
  loop.callAt(0.25, cb, "late");
});
loop.callLater(5, () => loop.stop());
loop.runForever();
`),
    );
    const late = expected.findLastIndex((line) => line.endsWith(" at 0.25")) + 1;
    expect(result.output).toEqual([...expected.slice(0, late), "late at 0.25", ...expected.slice(late)]);
  });

  it("measure the delay from the loop's time when they are called", () => {
    const result = run(
      withLoop(`
loop.callLater(1.5, () => {
  cb("outer");
  loop.callLater(0.25, cb, "inner");
});
loop.callLater(2, () => loop.stop());
loop.runForever();
`),
    );
    expect(result.lines).toEqual(["1.500 - outer at 1.5", "1.750 - inner at 1.75"]);
  });

  it("return timer handles that know their deadline", () => {
    const result = run(
      withLoop(`
loop.callLater(2, () => {
  const handle = loop.callLater(5, cb, "x");
  print(handle.when, handle instanceof asyncio.TimerHandle, handle instanceof asyncio.Handle);
  handle.cancel();
  print(handle.cancelled());
  loop.stop();
});
loop.runForever();
`),
    );
    expect(result.output).toEqual(["7 true true", "true"]);
  });

  it("fire timers that became due together in the same iteration, before callbacks they schedule", () => {
    const result = run(
      withLoop(`
loop.callLater(1, () => {
  print("timer a");
  loop.callSoon(() => print("soon from a"));
});
loop.callLater(1, () => print("timer b"));
loop.callLater(1, () => loop.stop());
loop.runForever();
print("stopped");
loop.callSoon(() => loop.stop());
loop.runForever();
`),
    );
    expect(result.output).toEqual(["timer a", "timer b", "stopped", "soon from a"]);
  });

  it("raise TypeError for a delay that is not a number", () => {
    const result = run(
      withLoop(`
try {
  loop.callLater("1" as never, cb, "x");
} catch (e) {
  print(e);
}
`),
    );
    expect(result.output).toEqual(["TypeError: callLater() delay must be a number, got 1"]);
  });
});

describe("loop.time", () => {
  it("starts at 0 and reads exact deadlines, also after many small sleeps", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  print(loop.time());
  await asyncio.sleep(2);
  print(loop.time());
  await asyncio.sleep(0.5);
  print(loop.time());
  for (let i = 0; i < 10; i++) await asyncio.sleep(0.1);
  print(loop.time());
}
asyncio.run(main());
`);
    // Each sleep ends exactly at its deadline; ten sleeps of 0.1 accumulate float error as CPython's do.
    expect(result.output).toEqual([
      "0",
      "2",
      "2.5",
      String(2.5 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1),
    ]);
  });
});

describe("loop.runForever and loop.stop", () => {
  it("stop() before runForever() runs one iteration: only callbacks already scheduled", () => {
    const result = run(
      withLoop(`
loop.callSoon(() => {
  print("scheduled before");
  loop.callSoon(() => print("scheduled during"));
});
loop.stop();
loop.runForever();
print("stopped");
loop.callSoon(() => loop.stop());
loop.runForever();
print("stopped again");
`),
    );
    expect(result.output).toEqual(["scheduled before", "stopped", "scheduled during", "stopped again"]);
  });

  it("can run again after a stop, keeping pending timers and the clock", () => {
    const result = run(
      withLoop(`
loop.callLater(2, () => loop.stop());
loop.callLater(3, cb, "after the first stop");
loop.callLater(3, () => loop.stop());
loop.runForever();
print("stopped at", loop.time(), loop.isRunning());
loop.runForever();
print("stopped at", loop.time());
`),
    );
    expect(result.lines).toEqual([
      "2.000 - stopped at 2 false",
      "3.000 - after the first stop at 3",
      "3.000 - stopped at 3",
    ]);
  });

  it("reports a deadlock instead of waiting forever when nothing is scheduled", () => {
    const result = run(
      withLoop(`
loop.callSoon(cb, "only callback");
loop.runForever();
`),
    );
    expect(result.output).toEqual(["only callback at 0"]);
    expect(result.error).toMatchObject({
      kind: "deadlock",
      name: "Deadlock",
      message: "Deadlock: the event loop has nothing left to run and was never stopped.",
    });
  });
});

describe("loop.runUntilComplete", () => {
  it("wraps a coroutine in a task and returns its result", () => {
    const result = run(
      withLoop(`
async function work(): Promise<string> {
  await asyncio.sleep(1);
  print(asyncio.currentTask()!.getName(), loop.isRunning());
  return "result";
}
print(loop.runUntilComplete(work()), loop.time(), loop.isRunning());
`),
    );
    expect(result.lines).toEqual(["1.000 Task-1 Task-1 true", "1.000 - result 1 false"]);
  });

  it("waits for a future and raises the exception of a failed one", () => {
    const result = run(
      withLoop(`
const fut = loop.createFuture<string>();
loop.callLater(2.5, () => fut.setResult("r"));
print(loop.runUntilComplete(fut), loop.time());
async function boom(): Promise<void> {
  throw new RangeError("k");
}
try {
  loop.runUntilComplete(boom());
} catch (e) {
  print("raised", e);
}
`),
    );
    expect(result.lines).toEqual(["2.500 - r 2.5", "2.500 - raised RangeError: k"]);
  });

  it("raises RuntimeError when the loop is stopped before the future completes", () => {
    const result = run(
      withLoop(`
async function stopper(): Promise<void> {
  loop.stop();
  await asyncio.sleep(1);
}
try {
  loop.runUntilComplete(stopper());
} catch (e) {
  print(e);
}
`),
    );
    expect(result.output).toEqual(["RuntimeError: Event loop stopped before Future completed."]);
  });

  it("refuses to run a loop that is already running", () => {
    const result = run(
      withLoop(`
async function inner(): Promise<number> {
  for (const attempt of [() => loop.runForever(), () => loop.runUntilComplete(asyncio.sleep(0)), () => loop.close()]) {
    try {
      attempt();
    } catch (e) {
      print(e);
    }
  }
  return 7;
}
print(loop.runUntilComplete(inner()));
`),
    );
    expect(result.output).toEqual([
      "RuntimeError: This event loop is already running",
      "RuntimeError: This event loop is already running",
      "RuntimeError: Cannot close a running event loop",
      "7",
    ]);
  });
});

describe("loop.close", () => {
  it("makes the loop refuse new work with 'Event loop is closed'", () => {
    const result = run(
      withLoop(`
print(loop.isClosed());
loop.close();
loop.close();
print(loop.isClosed());
const attempts = [
  () => loop.callSoon(cb, "x"),
  () => loop.callLater(1, cb, "x"),
  () => loop.runForever(),
  () => loop.runUntilComplete(loop.createFuture()),
  () => loop.createTask(asyncio.sleep(1)),
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (e) {
    print(e);
  }
}
`),
    );
    expect(result.output).toEqual([
      "false",
      "true",
      ...Array<string>(5).fill("RuntimeError: Event loop is closed"),
    ]);
  });

  it("drops the callbacks and timers still scheduled", () => {
    const result = run(
      withLoop(`
loop.callSoon(cb, "never (soon)");
loop.callLater(1, cb, "never (later)");
loop.close();
print("closed");
`),
    );
    expect(result.output).toEqual(["closed"]);
    expect(result.trace.elapsed).toBe(0);
  });
});

describe("exceptions in callbacks", () => {
  it("become warnings and do not stop the loop", () => {
    const result = run(
      withLoop(`
function boom(): void {
  throw new TypeError("bad callback");
}
loop.callSoon(boom);
loop.callSoon(cb, "next callback");
loop.callLater(1, cb, "timer");
loop.callLater(1, () => loop.stop());
loop.runForever();
print("loop ended normally");
`),
    );
    expect(result.trace.ok).toBe(true);
    expect(result.output).toEqual(["next callback at 0", "timer at 1", "loop ended normally"]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({
      t: 0,
      type: "warning",
      category: "ExceptionHandler",
      text: "Exception in callback boom()\nTypeError: bad callback",
    });
  });

  it("go to the handler installed with setExceptionHandler", () => {
    const result = run(
      withLoop(`
loop.setExceptionHandler((_loop, context) => print("handled:", context.message, "/", context.exception));
loop.callSoon(() => {
  throw new RangeError("oops");
});
loop.callSoon(() => loop.stop());
loop.runForever();
`),
    );
    expect(result.output).toEqual(["handled: Exception in callback <lambda>() / RangeError: oops"]);
    expect(result.warnings).toEqual([]);
  });
});

describe("debug flag", () => {
  it("is off by default and set by setDebug", () => {
    const result = run(
      withLoop(`
print(loop.getDebug());
loop.setDebug(true);
print(loop.getDebug());
`),
    );
    expect(result.output).toEqual(["false", "true"]);
  });
});

describe("getEventLoop, setEventLoop, newEventLoop, getRunningLoop", () => {
  it("getRunningLoop raises RuntimeError outside a running loop", () => {
    const result = run(`${ASYNCIO}
try {
  asyncio.getRunningLoop();
} catch (e) {
  print(e);
}
`);
    expect(result.output).toEqual(["RuntimeError: no running event loop"]);
  });

  it("getEventLoop returns the loop set with setEventLoop, or the same default loop every time", () => {
    const result = run(`${ASYNCIO}
const first = asyncio.getEventLoop();
print(first === asyncio.getEventLoop(), first.isRunning());
const other = asyncio.newEventLoop();
print(other === first);
asyncio.setEventLoop(other);
print(asyncio.getEventLoop() === other);
`);
    expect(result.output).toEqual(["true false", "false", "true"]);
  });

  it("inside a task both give the running loop, even when another loop is set", () => {
    const result = run(`${ASYNCIO}
const running = asyncio.newEventLoop();
const other = asyncio.newEventLoop();
asyncio.setEventLoop(other);
async function inner(): Promise<void> {
  print(asyncio.getRunningLoop() === running, asyncio.getEventLoop() === running);
}
running.runUntilComplete(inner());
`);
    expect(result.output).toEqual(["true true"]);
  });

  it("refuses to run a second loop while one is running", () => {
    const result = run(`${ASYNCIO}
const second = asyncio.newEventLoop();
async function main(): Promise<void> {
  try {
    second.runUntilComplete(asyncio.sleep(0));
  } catch (e) {
    print(e);
  }
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["RuntimeError: Cannot run the event loop while another loop is running"]);
  });
});
