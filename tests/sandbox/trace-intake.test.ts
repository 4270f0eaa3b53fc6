/**
 * TraceIntake (runtime/host/trace-intake.ts): the host's check of every batch the guest sends.
 * A guest that misbehaves — or a program that found a way to talk for it — ends the run with an
 * `internal` error; the host never throws, and nothing after the bad batch counts.
 */
import { describe, expect, it } from "vitest";
import { TraceIntake } from "../../runtime/host/trace-intake.ts";

const LIMITS = { outputLimitBytes: 100, maxEvents: 3 };

const stdout = (seq: number, t: number, text: string) => ({ seq, t, type: "stdout", task: "Task-1", text });
const step = (seq: number, t: number, task = "Task-1") => ({ seq, t, type: "task_step", task });

describe("TraceIntake.receive", () => {
  it("keeps well-formed events in order", () => {
    const intake = new TraceIntake(LIMITS);
    expect(intake.receive(JSON.stringify([step(0, 0), stdout(1, 0.5, "hi")]))).toEqual({ ok: true });
    expect(intake.events.map((e) => e.type)).toEqual(["task_step", "stdout"]);
  });

  it.each([
    ["text that is not JSON", "[{", "a trace batch was not valid JSON"],
    ["a batch that is not a list", "{}", "a trace batch was not a list of events"],
    ["a null event", "[null]", "an event was not an object"],
    [
      "an unknown event type",
      JSON.stringify([{ seq: 0, t: 0, type: "grade", task: null }]),
      'unknown event type "grade"',
    ],
    ["a gap in seq", JSON.stringify([step(1, 0)]), "event 1 arrived where 0 was due"],
    [
      "an infinite time",
      '[{"seq":0,"t":1e999,"type":"task_step","task":"Task-1"}]',
      "event 0 has time Infinity",
    ],
    ["a negative time", JSON.stringify([step(0, -1)]), "event 0 has time -1"],
    [
      "a field of the wrong type",
      JSON.stringify([{ ...step(0, 0), line: "7" }]),
      'event 0 has a malformed field "line"',
    ],
    [
      "an unknown field",
      JSON.stringify([{ ...step(0, 0), grade: "pass" }]),
      'event 0 has a malformed field "grade"',
    ],
    [
      "printed text that is missing",
      JSON.stringify([{ seq: 0, t: 0, type: "stdout", task: null }]),
      "event 0 has no text",
    ],
  ])("ends the run with an internal error on %s", (_what, batch, problem) => {
    const intake = new TraceIntake(LIMITS);
    expect(intake.receive(batch)).toEqual({
      ok: false,
      error: {
        kind: "internal",
        name: "InternalError",
        message: `The sandbox's runtime sent a malformed trace (${problem}); the run was stopped.`,
      },
    });
    expect(intake.receive(JSON.stringify([step(0, 0)]))).toEqual({ ok: true });
    expect(intake.events).toEqual([]);
  });

  it("cuts a description longer than the bound instead of keeping it whole", () => {
    const intake = new TraceIntake(LIMITS);
    expect(intake.receive(JSON.stringify([{ ...step(0, 0), waiting: "x".repeat(70_000) }])).ok).toBe(true);
    expect(intake.events[0].waiting).toHaveLength(64 * 1024);
    expect(intake.events[0].waiting!.endsWith("…")).toBe(true);
  });

  it("refuses time going back on one timeline, but not across timelines", () => {
    const intake = new TraceIntake(LIMITS);
    expect(intake.receive(JSON.stringify([step(0, 2, "worker-1"), step(1, 1, "Task-1")])).ok).toBe(true);
    expect(intake.receive(JSON.stringify([step(2, 1, "worker-1")])).ok).toBe(false);
  });

  it("counts printed output itself and stops at the cap", () => {
    const intake = new TraceIntake(LIMITS);
    const verdict = intake.receive(
      JSON.stringify([stdout(0, 0, "x".repeat(60)), stdout(1, 0, "y".repeat(60))]),
    );
    expect(verdict).toMatchObject({ ok: false, error: { kind: "output-limit", name: "OutputLimit" } });
    expect(intake.events.map((e) => e.text?.length)).toEqual([60]);
  });

  it("caps events other than stdout with one truncated marker and renumbers what it keeps", () => {
    const intake = new TraceIntake(LIMITS);
    const batch = [step(0, 0), step(1, 0), step(2, 0), step(3, 0), stdout(4, 1, "still printed"), step(5, 2)];
    expect(intake.receive(JSON.stringify(batch)).ok).toBe(true);
    expect(intake.events.map((e) => [e.seq, e.type])).toEqual([
      [0, "task_step"],
      [1, "task_step"],
      [2, "task_step"],
      [3, "truncated"],
      [4, "stdout"],
    ]);
  });
});
