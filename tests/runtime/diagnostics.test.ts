/**
 * Diagnostics (runtime/guest/diagnostics.ts and the loop's debug mode): what CPython prints to
 * stderr — coroutines never awaited, exceptions never retrieved, slow steps in debug mode — as
 * trace warnings pointing at the learner's line, and the deadlock report that ends a run which
 * can no longer make progress.
 */
import { describe, expect, it } from "vitest";
import { ASYNCIO, lineOf, useSandbox } from "./kit.ts";

const run = useSandbox();

describe("never-awaited coroutines", () => {
  it("produce a RuntimeWarning naming the coroutine and the line that created it", () => {
    const source = `${ASYNCIO}
async function helper(): Promise<number> {
  return 1;
}
async function main(): Promise<void> {
  helper(); // forgot await
  await asyncio.sleep(1);
}
asyncio.run(main());
`;
    const result = run(source);
    expect(result.trace.ok).toBe(true);
    expect(result.warnings).toMatchObject([
      {
        type: "warning",
        category: "RuntimeWarning",
        text: "coroutine 'helper' was never awaited",
        line: lineOf(source, "forgot await"),
      },
    ]);
  });

  it("include asyncio's own coroutines called without await, such as sleep and Queue.put", () => {
    const source = `${ASYNCIO}
async function main(): Promise<void> {
  const queue = new asyncio.Queue<number>();
  asyncio.sleep(1); // no await on sleep
  queue.put(1); // no await on put
  const later = asyncio.sleep(0.5);
  await later; // awaited in a later statement: no warning
}
asyncio.run(main());
`;
    const result = run(source);
    expect(result.warnings).toMatchObject([
      {
        category: "RuntimeWarning",
        text: "coroutine 'sleep' was never awaited",
        line: lineOf(source, "no await on sleep"),
      },
      {
        category: "RuntimeWarning",
        text: "coroutine 'Queue.put' was never awaited",
        line: lineOf(source, "no await on put"),
      },
    ]);
  });

  it("are reported once per coroutine, also outside any loop", () => {
    const source = `
async function first(): Promise<void> {}
async function second(): Promise<void> {}
first(); // one
second(); // two
first(); // three
`;
    const result = run(source);
    expect(result.warnings.map((w) => [w.text, w.line])).toEqual([
      ["coroutine 'first' was never awaited", lineOf(source, "// one")],
      ["coroutine 'second' was never awaited", lineOf(source, "// two")],
      ["coroutine 'first' was never awaited", lineOf(source, "// three")],
    ]);
  });

  it("are not reported for coroutines that were awaited, wrapped in tasks or driven by hand", () => {
    const result = run(`${ASYNCIO}
async function child(): Promise<number> {
  return 1;
}
async function main(): Promise<void> {
  await child();
  await asyncio.createTask(child());
  await asyncio.gather(child(), child());
}
asyncio.run(main());
try {
  child().send(null);
} catch {
  print("driven by hand");
}
`);
    expect(result.output).toEqual(["driven by hand"]);
    expect(result.warnings).toEqual([]);
  });
});

describe("exceptions never retrieved", () => {
  it("go to the loop's exception handler, when the program set one, under the 'future' key", () => {
    const result = run(`${ASYNCIO}
let failed: asyncio.Task | undefined;
async function boom(): Promise<void> {
  throw new RangeError("nobody asked");
}
async function main(): Promise<void> {
  asyncio.getRunningLoop().setExceptionHandler((_, context) => {
    print(context.message, Object.keys(context).sort().join(","), context.future === failed);
  });
  failed = asyncio.createTask(boom());
  await asyncio.sleep(0.1);
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["Task exception was never retrieved exception,future,message true"]);
    expect(result.warnings).toEqual([]);
  });

  it("are reported for a task that failed with nobody awaiting it", () => {
    const result = run(`${ASYNCIO}
async function failing(): Promise<void> {
  throw new TypeError("lost");
}
async function main(): Promise<void> {
  asyncio.createTask(failing());
  await asyncio.sleep(1);
}
asyncio.run(main());
`);
    expect(result.trace.ok).toBe(true);
    expect(result.warnings).toMatchObject([
      {
        category: "UnretrievedException",
        task: "Task-2",
        text: "Task exception was never retrieved\nfuture: <Task finished name='Task-2' coro=<failing() done> exception=TypeError('lost')>",
      },
    ]);
  });

  it("are reported for a plain future", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  asyncio.getRunningLoop().createFuture().setException(new RangeError("nobody looks"));
}
asyncio.run(main());
`);
    expect(result.warnings).toMatchObject([
      {
        category: "UnretrievedException",
        task: null,
        text: "Future exception was never retrieved\nfuture: <Future finished exception=RangeError('nobody looks')>",
      },
    ]);
  });

  it("are not reported once awaited, or read with exception() or result()", () => {
    const result = run(`${ASYNCIO}
async function failing(): Promise<void> {
  throw new TypeError("seen");
}
async function main(): Promise<void> {
  const a = asyncio.createTask(failing());
  const b = asyncio.createTask(failing());
  const c = asyncio.createTask(failing());
  await asyncio.sleep(0);
  try {
    await a;
  } catch {
    print("awaited");
  }
  print("exception()", b.exception());
  try {
    c.result();
  } catch {
    print("result()");
  }
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["awaited", "exception() TypeError: seen", "result()"]);
    expect(result.warnings).toEqual([]);
  });
});

describe("debug mode's slow-step warning", () => {
  const SLOW = `${ASYNCIO}
import * as time from "time";
async function slow(): Promise<void> {
  time.sleep(0.25);
  await asyncio.sleep(0); // after the slow part
}
async function quick(): Promise<void> {
  time.sleep(0.05);
  await asyncio.sleep(0);
}
async function main(): Promise<void> {
  await asyncio.gather(slow(), quick());
}
`;

  it("names the task, the duration and the line where the slow step ended", () => {
    const result = run(`${SLOW}asyncio.run(main(), { debug: true });\n`);
    const line = lineOf(SLOW, "after the slow part");
    expect(result.warnings).toEqual([
      expect.objectContaining({
        t: 0.25,
        category: "SlowCallback",
        task: "Task-2",
        line,
        text: `Executing <Task pending name='Task-2' coro=<slow() running at main.ts:${line}>> took 0.250 seconds`,
      }),
    ]);
  });

  it("counts CPU work as well as blocking sleeps", () => {
    const source = `${ASYNCIO}
async function crunch(): Promise<void> {
  let n = 5_000_000;
  while (n > 0) n--;
  await asyncio.sleep(0); // crunched
}
asyncio.run(crunch(), { debug: true });
`;
    const result = run(source);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({
      category: "SlowCallback",
      task: "Task-1",
      line: lineOf(source, "crunched"),
    });
    expect(result.warnings[0].text).toMatch(
      /^Executing <Task pending name='Task-1' coro=<crunch\(\) running at main\.ts:\d+>> took 0\.140 seconds$/,
    );
  });

  it("is silent without debug mode", () => {
    const result = run(`${SLOW}asyncio.run(main());\n`);
    expect(result.warnings).toEqual([]);
  });

  it("can be turned on with loop.setDebug", () => {
    const result = run(`${SLOW}
const loop = asyncio.newEventLoop();
loop.setDebug(true);
loop.runUntilComplete(main());
loop.close();
`);
    expect(result.warnings.map((w) => w.task)).toEqual(["Task-2"]);
  });
});

describe("deadlock detection", () => {
  it("ends the run with a report of every waiting task, what it awaits and its line", () => {
    const source = `${ASYNCIO}
async function waiter(fut: asyncio.Future<unknown>): Promise<void> {
  await fut; // waits forever
}
async function main(): Promise<void> {
  const fut = asyncio.getRunningLoop().createFuture();
  const a = asyncio.createTask(waiter(fut));
  const b = asyncio.createTask(waiter(fut));
  await asyncio.sleep(1);
  await asyncio.gather(a, b); // main waits here
}
asyncio.run(main());
`;
    const result = run(source);
    const waitLine = lineOf(source, "waits forever");
    const mainLine = lineOf(source, "main waits here");
    expect(result.error).toEqual({
      kind: "deadlock",
      name: "Deadlock",
      message: "Deadlock: nothing can run any more, but the main task Task-1 is not done.",
      stuck: "main",
      main: "Task-1",
      waiting: [
        { task: "Task-1", waiting: "gather(Task-2, Task-3)", line: mainLine },
        { task: "Task-2", waiting: "Future", line: waitLine },
        { task: "Task-3", waiting: "Future", line: waitLine },
      ],
      line: mainLine,
    });
    expect(result.trace.elapsed).toBe(1);
  });

  it("reports a task waiting for another task by the other task's name", () => {
    const source = `${ASYNCIO}
async function stuck(): Promise<void> {
  await asyncio.getRunningLoop().createFuture(); // stuck here
}
async function main(): Promise<void> {
  await asyncio.createTask(stuck()); // main here
}
asyncio.run(main());
`;
    const result = run(source);
    expect(result.error?.waiting).toEqual([
      { task: "Task-1", waiting: "Task-2", line: lineOf(source, "main here") },
      { task: "Task-2", waiting: "Future", line: lineOf(source, "stuck here") },
    ]);
  });

  it("keeps what was printed before the deadlock", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  print("before");
  await asyncio.getRunningLoop().createFuture();
}
asyncio.run(main());
`);
    expect(result.lines).toEqual(["0.000 Task-1 before"]);
    expect(result.error?.kind).toBe("deadlock");
    expect(result.trace.ok).toBe(false);
  });
});
