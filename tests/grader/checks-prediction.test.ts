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

  it("says which lines are out of place without printing the right ones", () => {
    const prediction = lines(["hello"], ["world"], ["there"], ["goodbye"]);
    const outcome = evaluate(checks.predictedOrder(), run, { prediction });
    expect(outcome.message).toBe(
      "Lines 2 and 3 of your prediction are not where the program prints them; the other 2 lines are in the right place.",
    );
    expect(outcome.at).toBeUndefined();
    const one = evaluate(checks.predictedOrder(), run, {
      prediction: lines(["hello"], ["there"], ["goodbye"], ["world"]),
    });
    expect(one.message).toBe(
      "Lines 3 and 4 of your prediction are not where the program prints them; the other 2 lines are in the right place.",
    );
  });

  it("names a predicted line the program never prints", () => {
    const prediction = lines(["hello"], ["there"], ["world!"], ["goodbye"]);
    expect(evaluate(checks.predictedOrder(), run, { prediction }).message).toBe(
      'You predicted "world!", but the program never prints that line.',
    );
  });

  it("says when lines are missing or extra", () => {
    expect(evaluate(checks.predictedOrder(), run, { prediction: lines(["hello"]) }).message).toBe(
      "You predicted 1 line, but the program prints 4.",
    );
    const extra = lines(["hello"], ["there"], ["world"], ["goodbye"], ["hello"]);
    expect(evaluate(checks.predictedOrder(), run, { prediction: extra }).message).toBe(
      "You predicted 5 lines, but the program prints 4.",
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
      'The time you gave for line 2 ("there" at 1.060 s) is more than 0.050 s away from when the program prints it.',
    );
  });

  it("pairs lines by text, so the order is judged only once", () => {
    const prediction = lines(["world", 2], ["hello", 0], ["goodbye", 2], ["there", 1]);
    expect(evaluate(checks.predictedTimes(), run, { prediction }).pass).toBe(true);
  });

  it("asks for missing times", () => {
    expect(evaluate(checks.predictedTimes(), run, { prediction: lines(["hello"]) }).message).toBe(
      'Line 1 ("hello") has no predicted time; give each line a time in seconds.',
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

describe("parsePrediction in Korean", () => {
  it("says what is wrong with a malformed prediction", () => {
    expect(parsePrediction('{ "lines": [{ "text": 3 }] }', "ko")).toEqual({
      ok: false,
      message: "예측의 형식이 잘못되었습니다: lines[0].text 값은 문자열이어야 합니다.",
    });
    expect(parsePrediction("[", "ko")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^예측이 올바른 JSON이 아닙니다: /),
    });
  });
});
