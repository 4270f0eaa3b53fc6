import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Trace } from "../../runtime/trace.ts";
import { traceIntervals } from "../../runtime/trace-intervals.ts";
import { buildTimeline, formatTime } from "../../src/island/timeline-model.ts";
import { en } from "../../src/i18n/ui/en.ts";

/** Two tasks sleeping 2 s and 3 s "in parallel"; the second also blocks the loop for 0.5 s. */
const sample = JSON.parse(
  readFileSync(new URL("./fixtures/sample-trace.json", import.meta.url), "utf8"),
) as Trace;

describe("buildTimeline", () => {
  const model = buildTimeline(sample);
  const lane = (name: string) => {
    const found = model.lanes.find((l) => l.name === name);
    if (!found) throw new Error(`no lane ${name}`);
    return found;
  };

  it("makes one lane per task, in the order the tasks were created", () => {
    expect(model.lanes.map((l) => [l.name, l.coro])).toEqual([
      ["Task-1", "main"],
      ["Task-2", "sayAfter"],
      ["Task-3", "sayAfter"],
    ]);
  });

  it("shows overlapping waits: the 2 s and the 3 s sleep share the same stretch of virtual time", () => {
    const waits = (name: string) => lane(name).segments.filter((s) => s.detail.startsWith("waits for sleep"));
    expect(waits("Task-2")).toEqual([
      { kind: "waiting", start: 0, end: 2, detail: "waits for sleep(2)", line: 5, fromSeq: 7 },
    ]);
    expect(waits("Task-3")).toEqual([
      { kind: "waiting", start: 0.5, end: 3.5, detail: "waits for sleep(3)", line: 7, fromSeq: 10 },
    ]);
    expect(model.span).toBe(3.5);
  });

  it("records loop blocking on the task that blocked and on the shared overlay", () => {
    const blocked = lane("Task-3").segments.filter((s) => s.kind === "blocked");
    expect(blocked).toEqual([
      {
        kind: "blocked",
        start: 0,
        end: 0.5,
        detail: "blocks the loop: time.sleep for 0.500 s",
        line: 6,
        fromSeq: 9,
      },
    ]);
    expect(model.loopBlocked).toEqual(blocked);
  });

  it("puts each printed line on the lane of the task that printed it", () => {
    expect(lane("Task-2").marks).toEqual([{ seq: 12, t: 2, kind: "stdout", text: "hello", line: 8 }]);
    expect(lane("Task-1").marks.map((m) => m.text)).toEqual([
      "started at 0.0",
      "Executing <Task-3> took 0.500 seconds",
      "finished at 3.5",
    ]);
  });

  it("closes every lane with its outcome and end time", () => {
    expect(model.lanes.map((l) => [l.name, l.outcome, l.end])).toEqual([
      ["Task-1", "done", 3.5],
      ["Task-2", "done", 2],
      ["Task-3", "done", 3.5],
    ]);
  });

  it("lists the same story as table rows in event order", () => {
    expect(model.rows.map((r) => r.seq)).toEqual(sample.events.map((e) => e.seq));
    expect(model.rows.find((r) => r.seq === 3)).toEqual({
      seq: 3,
      t: 0,
      lane: "Task-2",
      what: "created (sayAfter) by Task-1",
      line: undefined,
    });
    expect(model.rows.find((r) => r.seq === 12)?.what).toBe("prints “hello”");
  });

  it("ends unfinished work at the end of the run, as when a run was stopped by an error", () => {
    const cut: Trace = {
      ...sample,
      ok: false,
      elapsed: 1,
      events: sample.events.slice(0, 11),
      error: { kind: "virtual-timeout", name: "TimeoutError", message: "virtual time limit" },
    };
    const partial = buildTimeline(cut);
    const task2 = partial.lanes.find((l) => l.name === "Task-2");
    expect(task2?.outcome).toBe("unfinished");
    expect(task2?.segments.at(-1)).toMatchObject({ kind: "waiting", start: 0, end: 1 });
  });

  it("gives prints outside any task their own lane and a non-zero axis for instant runs", () => {
    const instant: Trace = {
      version: 2,
      ok: true,
      elapsed: 0,
      events: [{ seq: 0, t: 0, type: "stdout", task: null, text: "hi" }],
      error: null,
    };
    const model = buildTimeline(instant);
    expect(model.lanes.map((l) => [l.name, l.kind])).toEqual([[en.timeline.outside, "outside"]]);
    expect(model.span).toBe(1);
  });

  it("marks a cancel() on the lane of the task it targets, and a step that throws the error in", () => {
    const trace: Trace = {
      version: 2,
      ok: true,
      elapsed: 1,
      events: [
        { seq: 0, t: 0, type: "task_spawned", task: "Task-2", parent: "Task-1", coro: "spin" },
        { seq: 1, t: 0, type: "task_step", task: "Task-2" },
        { seq: 2, t: 0, type: "task_blocked", task: "Task-2", waiting: "sleep(5)" },
        { seq: 3, t: 1, type: "task_cancel_requested", task: "Task-1", target: "Task-2", line: 9 },
        { seq: 4, t: 1, type: "task_step", task: "Task-2", throwing: "CancelledError" },
        { seq: 5, t: 1, type: "task_cancelled", task: "Task-2" },
      ],
      error: null,
    };
    const model = buildTimeline(trace);
    const [spin] = model.lanes;
    expect(spin?.marks).toEqual([
      { seq: 3, t: 1, kind: "cancel", text: "Task-1 asks Task-2 to cancel", line: 9 },
    ]);
    expect(spin?.outcome).toBe("cancelled");
    expect(model.rows.slice(3).map((r) => [r.lane, r.what])).toEqual([
      ["Task-1", "asks Task-2 to cancel"],
      ["Task-2", "runs, with CancelledError thrown in at its await"],
      ["Task-2", "was cancelled"],
    ]);
  });

  it("draws executor workers as lanes that run between worker_start and worker_done", () => {
    const trace: Trace = {
      version: 2,
      ok: true,
      elapsed: 1,
      events: [
        { seq: 0, t: 0, type: "worker_start", task: "ThreadPoolExecutor-0_0", executor: "thread" },
        { seq: 1, t: 1, type: "worker_done", task: "ThreadPoolExecutor-0_0", executor: "thread" },
      ],
      error: null,
    };
    const [worker] = buildTimeline(trace).lanes;
    expect(worker).toMatchObject({ kind: "worker", outcome: "done", start: 0, end: 1 });
    expect(worker?.segments).toEqual([
      {
        kind: "running",
        start: 0,
        end: 1,
        detail: "runs a function in a thread",
        line: undefined,
        fromSeq: 0,
      },
    ]);
  });
});

describe("formatTime", () => {
  it("prints virtual seconds with millisecond precision", () => {
    expect(formatTime(3)).toBe("3.000");
    expect(formatTime(0.1 + 0.2)).toBe("0.300");
  });
});

describe("buildTimeline and the grader", () => {
  it("draws exactly the intervals the grader judges, each findable by the event that opened it", () => {
    const model = buildTimeline(sample);
    const segments = model.lanes.flatMap((lane) => lane.segments.map((s) => ({ who: lane.name, ...s })));
    for (const interval of traceIntervals(sample)) {
      const segment = segments.find((s) => s.fromSeq === interval.fromSeq);
      expect(segment, `interval opened at ${interval.fromSeq}`).toMatchObject({
        who: interval.who,
        start: interval.start,
        end: interval.end,
      });
    }
  });
});
