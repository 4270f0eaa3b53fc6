/**
 * The trace document (runtime/trace.ts) as the sandbox produces it: its fields, the
 * numbering and timing of events, the task life cycle, and the shape of errors. Graders and the
 * timeline read only this document.
 */
import { describe, expect, it } from "vitest";
import { TRACE_VERSION, type TraceEventType } from "../../runtime/trace.ts";
import { ASYNCIO, lineOf, useSandbox } from "../runtime/kit.ts";

const run = useSandbox();

const CHILD = `${ASYNCIO}
async function child(): Promise<string> {
  await asyncio.sleep(1); // child sleeps
  return "c";
}
async function main(): Promise<void> {
  const task = asyncio.createTask(child()); // spawn child
  print(await task); // main awaits
}
asyncio.run(main()); // run main
`;

const EVENT_TYPES: TraceEventType[] = [
  "stdout",
  "warning",
  "task_spawned",
  "task_step",
  "task_cancel_requested",
  "task_blocked",
  "task_done",
  "task_cancelled",
  "loop_blocked",
  "worker_start",
  "worker_done",
];

describe("the trace document", () => {
  it("has exactly version, ok, elapsed, events and error, and is plain JSON", () => {
    const { trace } = run(CHILD);
    expect(Object.keys(trace)).toEqual(["version", "ok", "elapsed", "events", "error"]);
    expect(trace.version).toBe(TRACE_VERSION);
    expect(trace.version).toBe(2);
    expect(trace.ok).toBe(true);
    expect(trace.error).toBeNull();
    expect(trace.elapsed).toBe(1);
    expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
  });

  it("numbers events from 0 in order, with times that never go back", () => {
    const { trace } = run(`${ASYNCIO}
import * as time from "time";
async function busy(id: number): Promise<void> {
  for (let round = 0; round < 3; round++) {
    let n = 100_000 * id;
    while (n > 0) n--;
    time.sleep(0.01 * id);
    print(id, round);
    await asyncio.sleep(0.05 * id);
  }
}
async function main(): Promise<void> {
  await asyncio.gather(busy(1), busy(2), busy(3));
}
asyncio.run(main());
`);
    expect(trace.events.map((e) => e.seq)).toEqual(trace.events.map((_, i) => i));
    for (let i = 1; i < trace.events.length; i++) {
      expect(trace.events[i].t).toBeGreaterThanOrEqual(trace.events[i - 1].t);
    }
    for (const event of trace.events) {
      expect(EVENT_TYPES).toContain(event.type);
      expect(typeof event.t).toBe("number");
      expect(event.task === null || typeof event.task === "string").toBe(true);
    }
    expect(trace.elapsed).toBe(trace.events[trace.events.length - 1].t);
  });

  it("gives printed lines their text, task, time and learner line", () => {
    const result = run(CHILD);
    expect(result.events("stdout")).toEqual([
      {
        seq: 9,
        t: 1,
        type: "stdout",
        task: "Task-1",
        text: "c",
        line: lineOf(CHILD, "main awaits"),
        column: expect.any(Number),
      },
    ]);
  });

  it("records prints outside any task with task null", () => {
    const result = run(`print("top level");\n`);
    expect(result.events("stdout")).toMatchObject([{ task: null, text: "top level", line: 1 }]);
  });

  it("ends elapsed at the virtual time the program ended, even after the last event", () => {
    const result = run(`import * as time from "time";\nprint("start");\ntime.sleep(2.5);\n`);
    expect(result.trace.elapsed).toBe(2.5);
  });
});

describe("the task life cycle", () => {
  it("records spawn, steps, blocks and completion in the order they happen", () => {
    const { trace } = run(CHILD);
    const lifecycle = trace.events.map(({ seq: _seq, column: _column, ...rest }) => rest);
    expect(lifecycle).toEqual([
      {
        t: 0,
        type: "task_spawned",
        task: "Task-1",
        parent: null,
        coro: "main",
        line: lineOf(CHILD, "run main"),
      },
      { t: 0, type: "task_step", task: "Task-1" },
      {
        t: 0,
        type: "task_spawned",
        task: "Task-2",
        parent: "Task-1",
        coro: "child",
        line: lineOf(CHILD, "spawn child"),
      },
      { t: 0, type: "task_blocked", task: "Task-1", waiting: "Task-2", line: lineOf(CHILD, "main awaits") },
      { t: 0, type: "task_step", task: "Task-2" },
      {
        t: 0,
        type: "task_blocked",
        task: "Task-2",
        waiting: "sleep(1)",
        line: lineOf(CHILD, "child sleeps"),
      },
      { t: 1, type: "task_step", task: "Task-2" },
      { t: 1, type: "task_done", task: "Task-2", result: "'c'" },
      { t: 1, type: "task_step", task: "Task-1" },
      { t: 1, type: "stdout", task: "Task-1", text: "c", line: lineOf(CHILD, "main awaits") },
      { t: 1, type: "task_done", task: "Task-1", result: "undefined" },
    ]);
  });

  it("records a failed task's exception and a cancelled task's cancellation", () => {
    const result = run(`${ASYNCIO}
async function fails(): Promise<void> {
  throw new TypeError("broken");
}
async function sleeps(): Promise<void> {
  await asyncio.sleep(10);
}
async function main(): Promise<void> {
  const a = asyncio.createTask(fails());
  const b = asyncio.createTask(sleeps());
  await asyncio.sleep(1);
  b.cancel();
  await asyncio.gather(a, b, { returnExceptions: true });
}
asyncio.run(main());
`);
    expect(
      result.events("task_done").map(({ t, task, result, exception }) => ({ t, task, result, exception })),
    ).toEqual([
      { t: 0, task: "Task-2", result: undefined, exception: "TypeError: broken" },
      { t: 1, task: "Task-1", result: "undefined", exception: undefined },
    ]);
    expect(result.events("task_cancelled")).toMatchObject([{ t: 1, task: "Task-3" }]);
  });

  it("records who requested a cancellation, where, and the CancelledError thrown into the target", () => {
    const source = `${ASYNCIO}
async function victim(): Promise<void> {
  await asyncio.sleep(5);
}
async function main(): Promise<void> {
  const task = asyncio.createTask(victim());
  await asyncio.sleep(1);
  task.cancel("enough"); // cancel here
  await asyncio.sleep(0);
}
asyncio.run(main());
`;
    const result = run(source);
    expect(result.events("task_cancel_requested")).toMatchObject([
      { t: 1, task: "Task-1", target: "Task-2", text: "enough", line: lineOf(source, "cancel here") },
    ]);
    const victimEvents = result.trace.events
      .filter((e) => e.task === "Task-2")
      .map((e) => [e.t, e.type, e.throwing]);
    expect(victimEvents).toEqual([
      [0, "task_spawned", undefined],
      [0, "task_step", undefined],
      [0, "task_blocked", undefined],
      [1, "task_step", "CancelledError: enough"],
      [1, "task_cancelled", undefined],
    ]);
  });

  it("says what a blocked task waits for: sleeps, tasks, gathers, futures, sleep(0)", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  await asyncio.sleep(0);
  await asyncio.sleep(0.5);
  await asyncio.gather(asyncio.sleep(0.1), asyncio.sleep(0.2));
  const fut = loop.createFuture();
  loop.callLater(0.1, () => fut.setResult(1));
  await fut;
  await asyncio.waitFor(asyncio.sleep(0.1), 1);
}
asyncio.run(main());
`);
    expect(
      result
        .events("task_blocked")
        .filter((e) => e.task === "Task-1")
        .map((e) => e.waiting),
    ).toEqual(["sleep(0)", "sleep(0.5)", "gather(Task-2, Task-3)", "Future", "waitFor(Task-4)"]);
  });

  it("records blocking stretches as loop_blocked with start, duration, reason and task", () => {
    const result = run(`${ASYNCIO}
import * as time from "time";
async function main(): Promise<void> {
  await asyncio.sleep(1);
  time.sleep(0.5);
  let n = 1_000_000;
  while (n > 0) n--;
  await asyncio.sleep(0);
}
asyncio.run(main());
`);
    const blocked = result.events("loop_blocked");
    expect(blocked).toMatchObject([
      { t: 1, type: "loop_blocked", task: "Task-1", duration: 0.5, reason: "sleep" },
      { t: 1.5, type: "loop_blocked", task: "Task-1", reason: "cpu" },
    ]);
    expect(blocked[1].duration).toBeCloseTo(0.028, 9);
    // The task suspends once its CPU work is done.
    expect(result.events("task_blocked").at(-1)).toMatchObject({ task: "Task-1", waiting: "sleep(0)" });
    expect(result.events("task_blocked").at(-1)?.t).toBeCloseTo(1.528, 9);
  });

  it("records warnings with their category, task and line", () => {
    const source = `${ASYNCIO}
async function forgotten(): Promise<void> {}
async function main(): Promise<void> {
  forgotten(); // not awaited
}
asyncio.run(main());
`;
    const result = run(source);
    expect(result.warnings).toEqual([
      {
        seq: expect.any(Number),
        t: 0,
        type: "warning",
        task: null,
        category: "RuntimeWarning",
        text: "coroutine 'forgotten' was never awaited",
        // The statement that created it (coroutine creation is not worth a stack capture).
        line: lineOf(source, "not awaited"),
      },
    ]);
  });
});

describe("errors in the trace", () => {
  it("an uncaught exception: kind, name, message, line, column, task and traceback; ok is false", () => {
    const source = `${ASYNCIO}
async function main(): Promise<void> {
  await asyncio.sleep(2);
  throw new RangeError("out of range"); // fails
}
asyncio.run(main()); // runs
`;
    const { trace } = run(source);
    expect(trace.ok).toBe(false);
    expect(trace.elapsed).toBe(2);
    expect(trace.error).toEqual({
      kind: "exception",
      name: "RangeError",
      message: "out of range",
      line: lineOf(source, "// fails"),
      column: expect.any(Number),
      task: "Task-1",
      traceback: [
        expect.stringMatching(new RegExp(`^at <module> \\(line ${lineOf(source, "// runs")}:\\d+\\)$`)),
        expect.stringMatching(new RegExp(`^at main \\(line ${lineOf(source, "// fails")}:\\d+\\)$`)),
      ],
    });
  });

  it("a deadlock lists the waiting tasks", () => {
    const { trace } = run(`${ASYNCIO}
async function main(): Promise<void> {
  await asyncio.getRunningLoop().createFuture();
}
asyncio.run(main());
`);
    expect(trace.ok).toBe(false);
    expect(trace.error).toMatchObject({
      kind: "deadlock",
      name: "Deadlock",
      waiting: [{ task: "Task-1", waiting: "Future", line: 3 }],
    });
  });

  it("an exception raised outside any task has no task", () => {
    const { trace } = run(`const value: { x: number } | undefined = undefined as never;\nprint(value!.x);\n`);
    expect(trace.error).toMatchObject({ kind: "exception", name: "TypeError", line: 2 });
    expect(trace.error?.task).toBeUndefined();
  });
});
