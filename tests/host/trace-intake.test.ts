/**
 * TraceIntake (runtime/host/trace-intake.ts): the host's check of every batch the guest sends.
 * A guest that misbehaves — or a program that found a way to talk for it — ends the run with an
 * `internal` error; the host never throws, and nothing after the bad batch counts.
 */
import { describe, expect, it } from "vitest";
import {
  STEP_BLOCKED_AGAIN_ROW,
  STEP_BLOCKED_ROW,
  STEP_DONE_ROW,
  TASK_SPAWNED_AGAIN_ROW,
  TRACE_EVENT_TYPES,
  TRACE_FIELDS,
  type TraceBatch,
} from "../../runtime/protocol.ts";
import { TraceIntake } from "../../runtime/host/trace-intake.ts";

const LIMITS = { outputLimitBytes: 100, maxEvents: 3 };

type Event = { seq: number; t: number; type: string; task: string | null; [field: string]: unknown };

/**
 * Events as the guest sends them (`TraceBatch`): rows of codes, every string as it is, no string
 * table; a field or type the protocol does not know goes as its name.
 */
function batch(events: Event[], newStrings: string[] = []): string {
  const rows: unknown[] = [];
  for (const { seq, t, type, task, ...fields } of events) {
    void seq;
    const code = TRACE_EVENT_TYPES.indexOf(type);
    rows.push(code === -1 ? type : code, t, task, Object.keys(fields).length);
    for (const [key, value] of Object.entries(fields)) {
      const field = TRACE_FIELDS.indexOf(key);
      rows.push(field === -1 ? key : field, value);
    }
  }
  const sent: TraceBatch = [events[0]?.seq ?? 0, newStrings, ...rows];
  return JSON.stringify(sent);
}

const STEP = TRACE_EVENT_TYPES.indexOf("task_step");
const BLOCKED = TRACE_EVENT_TYPES.indexOf("task_blocked");
const WAITING = TRACE_FIELDS.indexOf("waiting");

const stdout = (seq: number, t: number, text: string) => ({ seq, t, type: "stdout", task: "Task-1", text });
const step = (seq: number, t: number, task = "Task-1") => ({ seq, t, type: "task_step", task });
const SPAWNED = {
  seq: 0,
  t: 0.5,
  type: "task_spawned",
  task: "Task-2",
  parent: "Task-1",
  coro: "worker",
  line: 4,
  column: 9,
};

describe("TraceIntake.receive", () => {
  it("keeps well-formed events in order", () => {
    const intake = new TraceIntake(LIMITS);
    expect(intake.receive(batch([step(0, 0), stdout(1, 0.5, "hi")]))).toEqual({ ok: true });
    expect(intake.events.map((e) => e.type)).toEqual(["task_step", "stdout"]);
  });

  it("expands rows into events whose fields keep the order they were sent in", () => {
    const intake = new TraceIntake(LIMITS);
    const sent = {
      seq: 0,
      t: 0.25,
      type: "task_spawned",
      task: "Task-1",
      parent: null,
      coro: "main",
      line: 3,
    };
    expect(intake.receive(batch([sent])).ok).toBe(true);
    expect(JSON.stringify(intake.events[0])).toBe(JSON.stringify(sent));
  });

  it("reads a number in a text field as an id in the run's string table, across batches", () => {
    const intake = new TraceIntake(LIMITS);
    expect(intake.receive(JSON.stringify([0, ["Task-7", "sleep(0)"], BLOCKED, 0, 0, 1, WAITING, 1])).ok).toBe(
      true,
    );
    expect(intake.receive(JSON.stringify([1, [], BLOCKED, 0.5, 0, 1, WAITING, 1])).ok).toBe(true);
    expect(intake.events).toEqual([
      { seq: 0, t: 0, type: "task_blocked", task: "Task-7", waiting: "sleep(0)" },
      { seq: 1, t: 0.5, type: "task_blocked", task: "Task-7", waiting: "sleep(0)" },
    ]);
  });

  it("expands a step-and-blocked row into the task_step and task_blocked it stands for", () => {
    const intake = new TraceIntake({ ...LIMITS, maxEvents: 10 });
    const strings = ["Task-2", "sleep(0)"];
    expect(intake.receive(JSON.stringify([0, strings, STEP_BLOCKED_ROW, 0.5, 0, 1, 7]))).toEqual({
      ok: true,
    });
    expect(intake.receive(JSON.stringify([2, [], STEP_BLOCKED_ROW, 0.5, "Task-3", "Task-1", null]))).toEqual({
      ok: true,
    });
    expect(intake.events.map((event) => JSON.stringify(event))).toEqual([
      '{"seq":0,"t":0.5,"type":"task_step","task":"Task-2"}',
      '{"seq":1,"t":0.5,"type":"task_blocked","task":"Task-2","waiting":"sleep(0)","line":7}',
      '{"seq":2,"t":0.5,"type":"task_step","task":"Task-3"}',
      '{"seq":3,"t":0.5,"type":"task_blocked","task":"Task-3","waiting":"Task-1"}',
    ]);
  });

  it("repeats a step-and-blocked row for another task, with its time, waiting and line", () => {
    const intake = new TraceIntake({ ...LIMITS, maxEvents: 10 });
    const rows = [STEP_BLOCKED_ROW, 0.5, 0, 1, 7, STEP_BLOCKED_AGAIN_ROW, "Task-3", STEP, 0.75, 0, 0];
    expect(intake.receive(JSON.stringify([0, ["Task-2", "sleep(0)"], ...rows]))).toEqual({ ok: true });
    // After other rows, the repeat is still of the batch's last step-and-blocked row.
    expect(
      intake.receive(
        JSON.stringify([
          5,
          [],
          STEP_BLOCKED_ROW,
          1,
          0,
          1,
          null,
          STEP,
          1,
          0,
          0,
          STEP_BLOCKED_AGAIN_ROW,
          "Task-3",
        ]),
      ),
    ).toEqual({
      ok: true,
    });
    expect(intake.events.map((event) => JSON.stringify(event))).toEqual([
      '{"seq":0,"t":0.5,"type":"task_step","task":"Task-2"}',
      '{"seq":1,"t":0.5,"type":"task_blocked","task":"Task-2","waiting":"sleep(0)","line":7}',
      '{"seq":2,"t":0.5,"type":"task_step","task":"Task-3"}',
      '{"seq":3,"t":0.5,"type":"task_blocked","task":"Task-3","waiting":"sleep(0)","line":7}',
      '{"seq":4,"t":0.75,"type":"task_step","task":"Task-2"}',
      '{"seq":5,"t":1,"type":"task_step","task":"Task-2"}',
      '{"seq":6,"t":1,"type":"task_blocked","task":"Task-2","waiting":"sleep(0)"}',
      '{"seq":7,"t":1,"type":"task_step","task":"Task-2"}',
      '{"seq":8,"t":1,"type":"task_step","task":"Task-3"}',
      '{"seq":9,"t":1,"type":"task_blocked","task":"Task-3","waiting":"sleep(0)"}',
    ]);
  });

  it("expands a step-and-done row into the task_step and task_done it stands for", () => {
    const intake = new TraceIntake({ ...LIMITS, maxEvents: 10 });
    const RESULT = TRACE_FIELDS.indexOf("result");
    const EXCEPTION = TRACE_FIELDS.indexOf("exception");
    const rows = [STEP_DONE_ROW, 1.5, 0, RESULT, 1, STEP_DONE_ROW, 2, "Task-3", EXCEPTION, "ValueError('x')"];
    expect(intake.receive(JSON.stringify([0, ["Task-2", "42"], ...rows]))).toEqual({ ok: true });
    expect(intake.events.map((event) => JSON.stringify(event))).toEqual([
      '{"seq":0,"t":1.5,"type":"task_step","task":"Task-2"}',
      '{"seq":1,"t":1.5,"type":"task_done","task":"Task-2","result":"42"}',
      '{"seq":2,"t":2,"type":"task_step","task":"Task-3"}',
      `{"seq":3,"t":2,"type":"task_done","task":"Task-3","exception":"ValueError('x')"}`,
    ]);
  });

  it("repeats the batch's last task_spawned event for another task, fields and their order alike", () => {
    const intake = new TraceIntake({ ...LIMITS, maxEvents: 10 });
    const sent = JSON.parse(batch([SPAWNED, step(1, 0.5)])) as unknown[];
    expect(intake.receive(JSON.stringify([...sent, TASK_SPAWNED_AGAIN_ROW, "Task-3"]))).toEqual({ ok: true });
    expect(intake.events.map((event) => JSON.stringify(event))).toEqual([
      JSON.stringify(SPAWNED),
      '{"seq":1,"t":0.5,"type":"task_step","task":"Task-1"}',
      JSON.stringify({ ...SPAWNED, seq: 2, task: "Task-3" }),
    ]);
    // A batch repeats only its own rows.
    expect(intake.receive(JSON.stringify([3, [], TASK_SPAWNED_AGAIN_ROW, "Task-4"]))).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining("(event 3 repeats a task_spawned that the batch did not send)"),
      },
    });
  });

  it("refuses a repeated step-and-blocked row that goes back in time on its task's timeline", () => {
    const intake = new TraceIntake({ ...LIMITS, maxEvents: 10 });
    const rows = [
      STEP_BLOCKED_ROW,
      2,
      "Task-1",
      "sleep(0)",
      null,
      STEP_BLOCKED_ROW,
      1,
      "Task-2",
      "sleep(0)",
      null,
    ];
    expect(intake.receive(JSON.stringify([0, [], ...rows, STEP_BLOCKED_AGAIN_ROW, "Task-1"]))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("(event 4 goes back in time)") },
    });
    expect(intake.events.map((event) => event.task)).toEqual(["Task-1", "Task-1", "Task-2", "Task-2"]);
  });

  it.each([
    ["text that is not JSON", "[{", "a trace batch was not valid JSON"],
    ["a batch that is not a list", "{}", "a trace batch was not a list of events"],
    ["a batch of events as objects", JSON.stringify([step(0, 0)]), "a trace batch was not a list of events"],
    ["a null event", "[0, [], null]", "unknown event type null"],
    ["new strings that are not strings", "[0, [7]]", "a trace batch's new strings were not strings"],
    [
      "an unknown event type",
      batch([{ seq: 0, t: 0, type: "grade", task: null }]),
      'unknown event type "grade"',
    ],
    ["an event type code out of range", "[0, [], 99, 0, null, 0]", "unknown event type 99"],
    ["a row cut short", JSON.stringify([0, [], STEP, 0, null, 2, WAITING, 5]), "event 0 is cut short"],
    [
      "a task id missing from the string table",
      JSON.stringify([0, [], STEP, 0, 4, 0]),
      "event 0 has a malformed task name",
    ],
    [
      "a string id missing from the string table",
      JSON.stringify([0, [], BLOCKED, 0, null, 1, WAITING, 9]),
      'event 0 refers to an unknown string in "waiting"',
    ],
    [
      "a header key sent as a field",
      JSON.stringify([0, [], STEP, 0, null, 1, "seq", 5]),
      'event 0 has a malformed field "seq"',
    ],
    [
      "a step-and-blocked row cut short",
      JSON.stringify([0, [], STEP_BLOCKED_ROW, 0, null, "sleep(0)"]),
      "event 0 is cut short",
    ],
    [
      "a step-and-blocked row waiting on an unknown string",
      JSON.stringify([0, [], STEP_BLOCKED_ROW, 0, null, 9, null]),
      'event 1 has a malformed field "waiting"',
    ],
    [
      "a step-and-blocked row whose line is not a count",
      JSON.stringify([0, [], STEP_BLOCKED_ROW, 0, null, "sleep(0)", -1]),
      'event 1 has a malformed field "line"',
    ],
    [
      "a step-and-blocked row with a negative time",
      JSON.stringify([0, [], STEP_BLOCKED_ROW, -1, null, "sleep(0)", null]),
      "event 0 has time -1",
    ],
    [
      "a step-and-blocked row whose time is not a number",
      JSON.stringify([0, [], STEP_BLOCKED_ROW, "0", null, "sleep(0)", null]),
      'event 0 has time "0"',
    ],
    [
      "a step-and-done row cut short",
      JSON.stringify([0, [], STEP_DONE_ROW, 0, "Task-1", TRACE_FIELDS.indexOf("result")]),
      "event 0 is cut short",
    ],
    [
      "a step-and-done row whose task is missing from the string table",
      JSON.stringify([0, [], STEP_DONE_ROW, 0, 5, TRACE_FIELDS.indexOf("result"), "1"]),
      "event 0 has a malformed task name",
    ],
    [
      "a step-and-done row ending with a field other than a result or an exception",
      JSON.stringify([0, [], STEP_DONE_ROW, 0, "Task-1", TRACE_FIELDS.indexOf("text"), "1"]),
      "event 1 has a malformed field 0",
    ],
    [
      "a step-and-done row whose result is missing from the string table",
      JSON.stringify([0, [], STEP_DONE_ROW, 0, "Task-1", TRACE_FIELDS.indexOf("result"), 9]),
      'event 1 has a malformed field "result"',
    ],
    [
      "a step-and-done row with a negative time",
      JSON.stringify([0, [], STEP_DONE_ROW, -2, "Task-1", TRACE_FIELDS.indexOf("result"), "1"]),
      "event 0 has time -2",
    ],
    [
      "a repeated task_spawned with nothing to repeat",
      JSON.stringify([0, [], TASK_SPAWNED_AGAIN_ROW, "Task-1"]),
      "event 0 repeats a task_spawned that the batch did not send",
    ],
    [
      "a repeated step-and-blocked row with nothing to repeat",
      JSON.stringify([0, [], STEP_BLOCKED_AGAIN_ROW, "Task-1"]),
      "event 0 repeats a step that the batch did not send",
    ],
    ["a gap in seq", batch([step(1, 0)]), "event 1 arrived where 0 was due"],
    ["an infinite time", `[0,[],${STEP},1e999,"Task-1",0]`, "event 0 has time Infinity"],
    ["a negative time", batch([step(0, -1)]), "event 0 has time -1"],
    [
      "a field of the wrong type",
      batch([{ ...step(0, 0), line: "7" }]),
      'event 0 has a malformed field "line"',
    ],
    ["an unknown field", batch([{ ...step(0, 0), grade: "pass" }]), 'event 0 has a malformed field "grade"'],
    [
      "printed text that is missing",
      batch([{ seq: 0, t: 0, type: "stdout", task: null }]),
      "event 0 has no text",
    ],
  ])("ends the run with an internal error on %s", (_what, sent, problem) => {
    const intake = new TraceIntake(LIMITS);
    expect(intake.receive(sent)).toEqual({
      ok: false,
      error: {
        kind: "internal",
        name: "InternalError",
        message: `The sandbox's runtime sent a malformed trace (${problem}); the run was stopped.`,
      },
    });
    expect(intake.receive(batch([step(0, 0)]))).toEqual({ ok: true });
    expect(intake.events).toEqual([]);
  });

  const pairRows = [STEP_BLOCKED_ROW, 0.5, "Task-1", "sleep(0)", null];
  const spawnedRows = (JSON.parse(batch([SPAWNED, step(1, 0.5)])) as unknown[]).slice(2);
  it.each([
    ["step-and-blocked row cut short", [...pairRows, STEP_BLOCKED_AGAIN_ROW], "event 2 is cut short"],
    [
      "step-and-blocked row whose task is missing from the string table",
      [...pairRows, STEP_BLOCKED_AGAIN_ROW, 3],
      "event 2 has a malformed task name",
    ],
    ["task_spawned cut short", [...spawnedRows, TASK_SPAWNED_AGAIN_ROW], "event 2 is cut short"],
    [
      "task_spawned whose task is missing from the string table",
      [...spawnedRows, TASK_SPAWNED_AGAIN_ROW, 3],
      "event 2 has a malformed task name",
    ],
  ])("ends the run at a repeated %s, keeping the rows before it", (_what, rows, problem) => {
    const intake = new TraceIntake(LIMITS);
    const sent = JSON.stringify([0, [], ...rows]);
    expect(intake.receive(sent)).toMatchObject({
      ok: false,
      error: {
        kind: "internal",
        message: `The sandbox's runtime sent a malformed trace (${problem}); the run was stopped.`,
      },
    });
    expect(intake.events).toHaveLength(2);
  });

  it("cuts a description longer than the bound instead of keeping it whole", () => {
    const intake = new TraceIntake(LIMITS);
    expect(intake.receive(batch([{ ...step(0, 0), waiting: "x".repeat(70_000) }])).ok).toBe(true);
    expect(intake.events[0].waiting).toHaveLength(64 * 1024);
    expect(intake.events[0].waiting!.endsWith("…")).toBe(true);
  });

  it("refuses time going back on one timeline, but not across timelines", () => {
    const intake = new TraceIntake(LIMITS);
    expect(intake.receive(batch([step(0, 2, "worker-1"), step(1, 1, "Task-1")])).ok).toBe(true);
    expect(intake.receive(batch([step(2, 1, "worker-1")])).ok).toBe(false);
  });

  it("refuses a step-and-blocked row that goes back in time on its task's timeline", () => {
    const intake = new TraceIntake({ ...LIMITS, maxEvents: 10 });
    const rows = [
      STEP_BLOCKED_ROW,
      2,
      "Task-1",
      "sleep(0)",
      null,
      STEP_BLOCKED_ROW,
      1,
      "Task-1",
      "sleep(0)",
      null,
    ];
    expect(intake.receive(JSON.stringify([0, [], ...rows]))).toMatchObject({
      ok: false,
      error: {
        message:
          "The sandbox's runtime sent a malformed trace (event 2 goes back in time); the run was stopped.",
      },
    });
    expect(intake.events.map((event) => event.type)).toEqual(["task_step", "task_blocked"]);
  });

  it("counts printed output itself and stops at the cap", () => {
    const intake = new TraceIntake(LIMITS);
    const verdict = intake.receive(batch([stdout(0, 0, "x".repeat(60)), stdout(1, 0, "y".repeat(60))]));
    expect(verdict).toMatchObject({ ok: false, error: { kind: "output-limit", name: "OutputLimit" } });
    expect(intake.events.map((e) => e.text?.length)).toEqual([60]);
  });

  it("caps events other than stdout with one truncated marker and renumbers what it keeps", () => {
    const intake = new TraceIntake(LIMITS);
    const events = [
      step(0, 0),
      step(1, 0),
      step(2, 0),
      step(3, 0),
      stdout(4, 1, "still printed"),
      step(5, 2),
    ];
    expect(intake.receive(batch(events)).ok).toBe(true);
    expect(intake.events.map((e) => [e.seq, e.type])).toEqual([
      [0, "task_step"],
      [1, "task_step"],
      [2, "task_step"],
      [3, "truncated"],
      [4, "stdout"],
    ]);
  });
});
