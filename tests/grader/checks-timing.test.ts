import { describe, expect, it } from "vitest";
import { checks } from "../../src/grader/index.ts";
import { evaluate } from "./evaluate.ts";
import { TraceBuilder } from "./trace-builder.ts";

const endingAt = (elapsed: number) =>
  new TraceBuilder().spawn("Task-1", "main").done("Task-1", elapsed).build(elapsed);

describe("checks.finishedNear", () => {
  const check = checks.finishedNear(3, {
    tolerance: 0.05,
    not: 5,
    notMeans: "the delays ran one after the other",
  });

  it("passes at the expected time and at both tolerance edges", () => {
    expect(evaluate(check, endingAt(3)).pass).toBe(true);
    expect(evaluate(check, endingAt(3.05)).pass).toBe(true);
    expect(evaluate(check, endingAt(2.95)).pass).toBe(true);
  });

  it("fails just beyond the tolerance, saying how late", () => {
    const outcome = evaluate(check, endingAt(3.0501));
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toBe(
      "The program finished at 3.050 s, 0.050 s late, but it should finish at 3.000 s, give or take 0.050 s.",
    );
    expect(evaluate(check, endingAt(2.9)).message).toContain("0.100 s early");
  });

  it("names what the ruled-out time means", () => {
    const outcome = evaluate(check, endingAt(5.02));
    expect(outcome.message).toBe(
      "The program finished at 5.020 s, the time it takes when the delays ran one after the other, " +
        "but it should finish at 3.000 s, give or take 0.050 s.",
    );
    expect(outcome.at).toEqual({ t: 5.02 });
  });

  it("defaults to a 0.05 s tolerance", () => {
    expect(evaluate(checks.finishedNear(1), endingAt(1.05)).pass).toBe(true);
    expect(evaluate(checks.finishedNear(1), endingAt(1.06)).pass).toBe(false);
  });

  it("reads the expected time from the variant", () => {
    const fromWorld = checks.finishedNear(({ world }) => Math.max(...(world as { delays: number[] }).delays));
    expect(evaluate(fromWorld, endingAt(4), { world: { delays: [4, 1] } }).pass).toBe(true);
    expect(evaluate(fromWorld, endingAt(4), { world: { delays: [2, 3] } }).pass).toBe(false);
  });
});

describe("checks.finishedWithin", () => {
  it("passes at the limit and fails beyond it", () => {
    expect(evaluate(checks.finishedWithin(3), endingAt(3)).pass).toBe(true);
    expect(evaluate(checks.finishedWithin(3), endingAt(3.001)).message).toBe(
      "The program finished at 3.001 s, but it should finish by 3.000 s.",
    );
  });
});
