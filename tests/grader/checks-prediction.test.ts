import { describe, expect, it } from "vitest";
import { checks, parsePrediction } from "../../src/grader/index.ts";
import { evaluate } from "./evaluate.ts";
import { TraceBuilder } from "./trace-builder.ts";

const run = new TraceBuilder()
  .print("Task-1", 0, "hello")
  .print("Task-1", 1, "there")
  .print("Task-2", 2, "world")
  .print("Task-1", 2, "goodbye")
  .build();
const lines = (...items: [string, number?][]) => ({
  lines: items.map(([text, t]) => (t === undefined ? { text } : { text, t })),
});

describe("checks.predictedOrder", () => {
  it("passes the right lines in the right order, times or not", () => {
    const prediction = lines(["hello"], ["there"], ["world"], ["goodbye"]);
    expect(evaluate(checks.predictedOrder(), run, { prediction }).pass).toBe(true);
  });

  it("names the first wrong line and what was printed there", () => {
    const prediction = lines(["hello"], ["world"], ["there"], ["goodbye"]);
    const outcome = evaluate(checks.predictedOrder(), run, { prediction });
    expect(outcome.message).toBe(
      'Line 2: you predicted "world", but the program printed "there" there (at t=1.000 s).',
    );
  });

  it("says when lines are missing or extra", () => {
    expect(evaluate(checks.predictedOrder(), run, { prediction: lines(["hello"]) }).message).toBe(
      "You predicted 1 line(s); the program printed 4. Line 2 is missing.",
    );
    const extra = lines(["hello"], ["there"], ["world"], ["goodbye"], ["bye"]);
    expect(evaluate(checks.predictedOrder(), run, { prediction: extra }).message).toContain(
      '"bye" is one too many',
    );
  });
});

describe("checks.predictedTimes", () => {
  it("passes times within the tolerance, edges included", () => {
    const prediction = lines(["hello", 0], ["there", 1.05], ["world", 1.95], ["goodbye", 2]);
    expect(evaluate(checks.predictedTimes({ tolerance: 0.05 }), run, { prediction }).pass).toBe(true);
  });

  it("fails a time just beyond the tolerance", () => {
    const prediction = lines(["hello", 0], ["there", 1.06], ["world", 2], ["goodbye", 2]);
    expect(evaluate(checks.predictedTimes({ tolerance: 0.05 }), run, { prediction }).message).toBe(
      'Line 2: you predicted "there" at 1.060 s; it was printed at 1.000 s (±0.050 s allowed).',
    );
  });

  it("pairs lines by text, so the order is judged only once", () => {
    const prediction = lines(["world", 2], ["hello", 0], ["goodbye", 2], ["there", 1]);
    expect(evaluate(checks.predictedTimes(), run, { prediction }).pass).toBe(true);
  });

  it("asks for missing times", () => {
    expect(evaluate(checks.predictedTimes(), run, { prediction: lines(["hello"]) }).message).toBe(
      'Line 1 ("hello") has no predicted time.',
    );
  });
});

describe("parsePrediction", () => {
  it("reads lines with and without times, and bare strings", () => {
    expect(parsePrediction('{"lines":[{"text":"a","t":1},{"text":"b"},"c"],"fails":"x"}')).toEqual({
      ok: true,
      prediction: { lines: [{ text: "a", t: 1 }, { text: "b" }, { text: "c" }] },
    });
  });

  it("names the malformed field", () => {
    expect(parsePrediction('{"lines":[{"text":"a","t":"soon"}]}')).toEqual({
      ok: false,
      message: "Your prediction is malformed: lines[0].t must be a number of virtual seconds (≥ 0).",
    });
    expect(parsePrediction('{"line":[]}')).toEqual({
      ok: false,
      message: 'Your prediction is malformed: the field "lines" must be an array.',
    });
    expect(parsePrediction("{").ok).toBe(false);
  });
});
