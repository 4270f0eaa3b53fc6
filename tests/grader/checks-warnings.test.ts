import { describe, expect, it } from "vitest";
import { checks } from "../../src/grader/index.ts";
import { evaluate } from "./evaluate.ts";
import { TraceBuilder } from "./trace-builder.ts";

const neverAwaited = new TraceBuilder()
  .spawn("Task-1", "main")
  .warn(0, "RuntimeWarning: coroutine 'delay' was never awaited", "RuntimeWarning", "Task-1")
  .build();
const quiet = new TraceBuilder().spawn("Task-1", "main").build();

describe("checks.warned", () => {
  it("passes when a matching warning was emitted", () => {
    expect(evaluate(checks.warned(/never awaited/), neverAwaited).pass).toBe(true);
    expect(evaluate(checks.warned(/never awaited/, { category: "RuntimeWarning" }), neverAwaited).pass).toBe(
      true,
    );
  });

  it("filters by category", () => {
    const outcome = evaluate(checks.warned(/never awaited/, { category: "SlowCallback" }), neverAwaited);
    expect(outcome.message).toBe(
      'No SlowCallback warning was emitted, but the runtime should emit a SlowCallback warning containing "never awaited".',
    );
  });

  it("lists the warnings that were emitted instead", () => {
    expect(evaluate(checks.warned(/slow/), neverAwaited).message).toBe(
      "The runtime warned \"RuntimeWarning: coroutine 'delay' was never awaited\", but the runtime should emit a warning " +
        'containing "slow".',
    );
  });
});

describe("checks.notWarned", () => {
  it("passes on a quiet run", () => {
    expect(evaluate(checks.notWarned(), quiet).pass).toBe(true);
  });

  it("fails on any warning when no matcher is given, pointing at it", () => {
    const outcome = evaluate(checks.notWarned(), neverAwaited);
    expect(outcome.message).toBe(
      "The runtime warned \"RuntimeWarning: coroutine 'delay' was never awaited\" at 0.000 s in Task-1 (main), " +
        "but there should be no warning at all.",
    );
    expect(outcome.at).toMatchObject({ seq: 1 });
  });

  it("ignores warnings that do not match", () => {
    expect(evaluate(checks.notWarned(/slow/), neverAwaited).pass).toBe(true);
  });
});
