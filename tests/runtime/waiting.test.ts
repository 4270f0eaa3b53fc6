/**
 * Waiting primitives (runtime/guest/waiting.ts), ported from CPython 3.11's `asyncio/tasks.py`:
 * `sleep`, `gather`, `wait`, `waitFor`, `asCompleted`, `shield`. Every expected line and time was
 * checked against CPython 3.11 on a virtual clock (Python prints `CancelledError('')` where a
 * message-less cancellation is shown as `CancelledError()` here).
 */
import { describe, expect, it } from "vitest";
import { ASYNCIO, useSandbox } from "./kit.ts";

const run = useSandbox();

/** `now()` and a `job(name, delay, fail?)` that reports its cancellation with the time. */
const JOB = `
const now = () => asyncio.getRunningLoop().time();
async function job(name: string, delay: number, fail = false): Promise<string> {
  try {
    await asyncio.sleep(delay);
  } catch (e) {
    print(name, "cancelled at", now());
    throw e;
  }
  if (fail) throw new TypeError(name);
  return name;
}
const names = (tasks: Set<asyncio.Task<unknown>>) => [...tasks].map((t) => t.getName());
`;

/** A program that defines `JOB` and runs `body` as `main()`. */
function program(body: string): string {
  return `${ASYNCIO}${JOB}
async function main(): Promise<void> {
${body}
}
asyncio.run(main());
`;
}

describe("asyncio.sleep", () => {
  it("resumes exactly at its deadline and returns the optional result", () => {
    const result = run(
      program(`
  print(await asyncio.sleep(0.5, "res"), now());
  print(await asyncio.sleep(2), now());
`),
    );
    expect(result.lines).toEqual(["0.500 Task-1 res 0.5", "2.500 Task-1 undefined 2.5"]);
  });

  it("with 0 or a negative delay yields for exactly one loop iteration", () => {
    const result = run(
      program(`
  const loop = asyncio.getRunningLoop();
  loop.callSoon(() => {
    print("callback 1");
    loop.callSoon(() => print("callback 2"));
  });
  print(await asyncio.sleep(-3, "negative"), now());
  print("main resumed");
`),
    );
    expect(result.output).toEqual(["callback 1", "negative 0", "main resumed", "callback 2"]);
  });

  it("with 0 is a coroutine that suspends once, then returns, throws or closes as CPython's does", () => {
    const result = run(`${ASYNCIO}
const report = (act: () => unknown) => {
  try {
    act();
    print("no error");
  } catch (e) {
    print(e instanceof StopIteration ? "StopIteration " + String((e as StopIteration).value) : String(e));
  }
};
const done = asyncio.sleep(0, "res");
done.send(null);
report(() => done.send(null));
report(() => done.send(null));
const thrown = asyncio.sleep(0);
thrown.send(null);
report(() => thrown.throw(new TypeError("at the yield")));
report(() => thrown.send(null));
const closed = asyncio.sleep(0);
closed.send(null);
closed.close();
report(() => closed.send(null));
const unstarted = asyncio.sleep(0);
report(() => unstarted.throw(new RangeError("before the start")));
report(() => unstarted.send(null));
`);
    expect(result.output).toEqual([
      "StopIteration res",
      "RuntimeError: cannot reuse already awaited coroutine",
      "TypeError: at the yield",
      "RuntimeError: cannot reuse already awaited coroutine",
      "RuntimeError: cannot reuse already awaited coroutine",
      "RangeError: before the start",
      "RuntimeError: cannot reuse already awaited coroutine",
    ]);
  });
});

describe("asyncio.gather", () => {
  it("runs awaitables concurrently and returns results in the order given", () => {
    const result = run(
      program(`
  print(await asyncio.gather(job("a", 2), job("b", 1), job("c", 3)), now());
`),
    );
    expect(result.lines).toEqual(["3.000 Task-1 ['a', 'b', 'c'] 3"]);
  });

  it("returns exceptions as results with { returnExceptions: true }", () => {
    const result = run(
      program(`
  print(await asyncio.gather(job("a", 1), job("b", 0.5, true), { returnExceptions: true }), now());
`),
    );
    expect(result.lines).toEqual(["1.000 Task-1 ['a', TypeError('b')] 1"]);
  });

  it("raises the first exception at once, leaving the other children running", () => {
    const result = run(
      program(`
  try {
    await asyncio.gather(job("a", 1), job("b", 0.5, true));
  } catch (e) {
    print("gather raised", e, now());
  }
  const [a] = [...asyncio.allTasks()].filter((t) => t !== asyncio.currentTask());
  print(a.getName(), a.done());
  print(await a, now());
`),
    );
    expect(result.lines).toEqual([
      "0.500 Task-1 gather raised TypeError: b 0.5",
      "0.500 Task-1 Task-2 false",
      "1.000 Task-1 a 1",
    ]);
  });

  it("with no awaitables gives an empty list", () => {
    const result = run(program(`  print(await asyncio.gather(), now());`));
    expect(result.output).toEqual(["[] 0"]);
  });

  it("awaits an awaitable passed twice only once", () => {
    const result = run(
      program(`
  const shared = job("dup", 1);
  print(await asyncio.gather(shared, shared), now());
`),
    );
    expect(result.lines).toEqual(["1.000 Task-1 ['dup', 'dup'] 1"]);
  });

  it("cancel() cancels every child, and awaiting the gather raises CancelledError", () => {
    const result = run(
      program(`
  const g = asyncio.gather(job("x", 2), job("y", 3));
  await asyncio.sleep(1);
  print("cancel:", g.cancel());
  try {
    await g;
  } catch (e) {
    print("gather cancelled", [e], now());
  }
`),
    );
    expect(result.lines).toEqual([
      "1.000 Task-1 cancel: true",
      "1.000 Task-2 x cancelled at 1",
      "1.000 Task-3 y cancelled at 1",
      "1.000 Task-1 gather cancelled [CancelledError()] 1",
    ]);
  });

  it("raises CancelledError when one child is cancelled, or returns it with returnExceptions", () => {
    const result = run(
      program(`
  let child = asyncio.createTask(job("z", 2));
  const tolerant = asyncio.gather(child, job("w", 1), { returnExceptions: true });
  await asyncio.sleep(0.5);
  child.cancel("child");
  print(await tolerant, now());
  child = asyncio.createTask(job("z2", 2));
  const strict = asyncio.gather(child, job("w2", 1));
  await asyncio.sleep(0.5);
  child.cancel("child2");
  try {
    await strict;
  } catch (e) {
    print("strict", [e], now());
  }
`),
    );
    expect(result.lines).toEqual([
      "0.500 Task-2 z cancelled at 0.5",
      "1.000 Task-1 [CancelledError(), 'w'] 1",
      "1.500 Task-4 z2 cancelled at 1.5",
      "1.500 Task-1 strict [CancelledError('child2')] 1.5",
      "1.500 Task-5 w2 cancelled at 1.5",
    ]);
  });

  it("is cancelled with the task that awaits it", () => {
    const result = run(
      program(`
  const waiter = asyncio.createTask(
    (async () => {
      await asyncio.gather(job("p", 5), job("q", 5));
    })(),
  );
  await asyncio.sleep(1);
  waiter.cancel();
  await asyncio.gather(waiter, { returnExceptions: true });
  print(waiter.cancelled(), now());
`),
    );
    expect(result.lines).toEqual([
      "1.000 Task-3 p cancelled at 1",
      "1.000 Task-4 q cancelled at 1",
      "1.000 Task-1 true 1",
    ]);
  });
});

describe("asyncio.wait", () => {
  const TASKS = `
  const tasks = ([["a", 1, false], ["b", 2, true], ["c", 3, false]] as const).map(([n, d, f]) =>
    asyncio.createTask(job(n, d, f), { name: n }),
  );`;

  it("FIRST_COMPLETED returns when any awaitable is done", () => {
    const result = run(
      program(`${TASKS}
  const [done, pending] = await asyncio.wait(tasks, { returnWhen: asyncio.FIRST_COMPLETED });
  print(names(done), names(pending), now());
`),
    );
    expect(result.lines[0]).toBe("1.000 Task-1 ['a'] ['b', 'c'] 1");
  });

  it("FIRST_EXCEPTION returns at the first exception, without raising it", () => {
    const result = run(
      program(`${TASKS}
  const [done, pending] = await asyncio.wait(tasks, { returnWhen: asyncio.FIRST_EXCEPTION });
  print(names(done), names(pending), now(), [tasks[1].exception()]);
`),
    );
    expect(result.lines[0]).toBe("2.000 Task-1 ['a', 'b'] ['c'] 2 [TypeError('b')]");
  });

  it("ALL_COMPLETED (the default) returns when everything is done", () => {
    const result = run(
      program(`${TASKS}
  const [done, pending] = await asyncio.wait(tasks);
  print(names(done), names(pending), now());
  tasks[1].exception();
`),
    );
    expect(result.lines).toEqual(["3.000 Task-1 ['a', 'b', 'c'] [] 3"]);
  });

  it("returns at the timeout without cancelling what is pending", () => {
    const result = run(
      program(`
  const tasks = [asyncio.createTask(job("d", 1), { name: "d" }), asyncio.createTask(job("e", 5), { name: "e" })];
  const [done, pending] = await asyncio.wait(tasks, { timeout: 2 });
  print(names(done), names(pending), now(), tasks[1].done());
  print(await tasks[1], now());
`),
    );
    expect(result.lines).toEqual(["2.000 Task-1 ['d'] ['e'] 2 false", "5.000 Task-1 e 5"]);
  });

  it("ends at the first completion when it comes before the timeout", () => {
    const result = run(
      program(`
  const task = asyncio.createTask(job("f", 1));
  await asyncio.wait([task], { timeout: 10 });
  print("returned at", now());
`),
    );
    expect(result.lines).toEqual(["1.000 Task-1 returned at 1"]);
    expect(result.trace.elapsed).toBe(1);
  });

  it("rejects an empty list, coroutines, a single future and a bad returnWhen", () => {
    const result = run(
      program(`
  const coro = job("never", 1);
  const fut = asyncio.getRunningLoop().createFuture();
  const attempts = [
    () => asyncio.wait([]),
    () => asyncio.wait([coro]),
    () => asyncio.wait(fut as never),
    () => asyncio.wait([fut], { returnWhen: "bogus" as never }),
  ];
  for (const attempt of attempts) {
    try {
      await attempt();
    } catch (e) {
      print(e);
    }
  }
  coro.close();
`),
    );
    expect(result.output).toEqual([
      "ValueError: Set of Tasks/Futures is empty.",
      "TypeError: Passing coroutines is forbidden, use tasks explicitly.",
      "TypeError: expect a list of futures, not Future",
      "ValueError: Invalid return_when value: bogus",
    ]);
  });
});

describe("asyncio.waitFor", () => {
  it("an uncaught TimeoutError points at the await that received it, with the chain of awaits", () => {
    const source = `${ASYNCIO}
async function slow(): Promise<void> {
  await asyncio.sleep(5);
}
async function fetchAll(): Promise<void> {
  await asyncio.waitFor(slow(), 1); // times out
}
async function main(): Promise<void> {
  await fetchAll(); // awaits the helper
}
asyncio.run(main());
`;
    const result = run(source);
    const at = (marker: string) => source.split("\n").findIndex((l) => l.includes(marker)) + 1;
    expect(result.error).toMatchObject({ kind: "exception", name: "TimeoutError", line: at("times out") });
    expect(result.error?.traceback).toEqual([
      `at <module> (line ${at("asyncio.run(main())")}:12)`,
      `at main (line ${at("awaits the helper")})`,
      `at fetchAll (line ${at("times out")})`,
    ]);
  });

  it("returns the result when the awaitable finishes in time", () => {
    const result = run(program(`  print(await asyncio.waitFor(job("f", 1), 2), now());`));
    expect(result.lines).toEqual(["1.000 Task-1 f 1"]);
  });

  it("on timeout cancels the awaitable, waits for it, and raises TimeoutError at the deadline", () => {
    const result = run(
      program(`
  try {
    await asyncio.waitFor(job("g", 3), 1);
  } catch (e) {
    print("raised", [e], e instanceof asyncio.TimeoutError, now());
  }
`),
    );
    expect(result.lines).toEqual([
      "1.000 Task-2 g cancelled at 1",
      "1.000 Task-1 raised [TimeoutError()] true 1",
    ]);
  });

  it("raises CancelledError when the inner task is cancelled by someone else", () => {
    const result = run(
      program(`
  const inner = asyncio.createTask(job("h", 3));
  asyncio.getRunningLoop().callLater(0.5, () => inner.cancel());
  try {
    await asyncio.waitFor(inner, 2);
  } catch (e) {
    print("raised", [e], now());
  }
`),
    );
    expect(result.lines).toEqual([
      "0.500 Task-2 h cancelled at 0.5",
      "0.500 Task-1 raised [CancelledError()] 0.5",
    ]);
  });

  it("with timeout 0 cancels at once; with null waits without a limit", () => {
    const result = run(
      program(`
  try {
    await asyncio.waitFor(job("i", 1), 0);
  } catch (e) {
    print("timeout 0:", e instanceof asyncio.TimeoutError, now());
  }
  print(await asyncio.waitFor(job("j", 100), null), now());
`),
    );
    expect(result.lines).toEqual(["0.000 Task-1 timeout 0: true 0", "100.000 Task-1 j 100"]);
  });

  it("cancels the inner awaitable when the waiting task is cancelled", () => {
    const result = run(
      program(`
  const waiter = asyncio.createTask(asyncio.waitFor(job("k", 10), 5));
  await asyncio.sleep(1);
  waiter.cancel();
  await asyncio.gather(waiter, { returnExceptions: true });
  print(waiter.cancelled(), now());
`),
    );
    expect(result.lines).toEqual(["1.000 Task-3 k cancelled at 1", "1.000 Task-1 true 1"]);
  });
});

describe("asyncio.asCompleted", () => {
  it("gives results in completion order", () => {
    const result = run(
      program(`
  for (const next of asyncio.asCompleted([job("k", 3), job("l", 1), job("m", 2)])) {
    print(await next, now());
  }
`),
    );
    expect(result.lines).toEqual(["1.000 Task-1 l 1", "2.000 Task-1 m 2", "3.000 Task-1 k 3"]);
  });

  it("raises the exception of a failed awaitable when its turn comes", () => {
    const result = run(
      program(`
  for (const next of asyncio.asCompleted([job("ok", 2), job("bad", 1, true)])) {
    try {
      print(await next, now());
    } catch (e) {
      print("raised", e, now());
    }
  }
`),
    );
    expect(result.lines).toEqual(["1.000 Task-1 raised TypeError: bad 1", "2.000 Task-1 ok 2"]);
  });

  it("raises TimeoutError for the awaitables not done when the timeout expires", () => {
    const result = run(
      program(`
  try {
    for (const next of asyncio.asCompleted([job("n", 3), job("o", 1)], { timeout: 2 })) {
      print(await next, now());
    }
  } catch (e) {
    print("raised", [e], now());
  }
`),
    );
    // The awaitable still pending is not cancelled by the timeout; run() cancels it at the end.
    expect(result.lines).toEqual([
      "1.000 Task-1 o 1",
      "2.000 Task-1 raised [TimeoutError()] 2",
      "2.000 Task-2 n cancelled at 2",
    ]);
  });

  it("rejects a single coroutine instead of a list", () => {
    const result = run(
      program(`
  const coro = asyncio.sleep(1);
  try {
    asyncio.asCompleted(coro as never);
  } catch (e) {
    print(e);
  }
  coro.close();
`),
    );
    expect(result.output).toEqual(["TypeError: expect an iterable of futures, not coroutine"]);
  });
});

describe("asyncio.shield", () => {
  it("cancelling the shield leaves the inner task running", () => {
    const result = run(
      program(`
  const inner = asyncio.createTask(job("p", 2));
  const outer = asyncio.shield(inner);
  await asyncio.sleep(1);
  outer.cancel();
  try {
    await outer;
  } catch (e) {
    print("outer cancelled", [e], now(), inner.done());
  }
  print(await inner, now());
`),
    );
    expect(result.lines).toEqual([
      "1.000 Task-1 outer cancelled [CancelledError()] 1 false",
      "2.000 Task-1 p 2",
    ]);
  });

  it("cancelling the task that awaits the shield leaves the shielded work running", () => {
    const result = run(
      program(`
  const waiter = asyncio.createTask(
    (async () => {
      return await asyncio.shield(job("q", 2));
    })(),
  );
  await asyncio.sleep(1);
  waiter.cancel();
  await asyncio.gather(waiter, { returnExceptions: true });
  print("waiter cancelled", waiter.cancelled(), now());
  await asyncio.sleep(2);
  print("end", now());
`),
    );
    expect(result.lines).toEqual(["1.000 Task-1 waiter cancelled true 1", "3.000 Task-1 end 3"]);
    // The shielded job finished at 2 s without being cancelled.
    expect(result.events("task_done").filter((e) => e.result === "'q'")).toMatchObject([
      { t: 2, task: "Task-3" },
    ]);
  });

  it("passes the result or the exception through", () => {
    const result = run(
      program(`
  print(await asyncio.shield(job("r", 1)), now());
  try {
    await asyncio.shield(job("s", 1, true));
  } catch (e) {
    print("raised", e, now());
  }
`),
    );
    expect(result.lines).toEqual(["1.000 Task-1 r 1", "2.000 Task-1 raised TypeError: s 2"]);
  });
});
