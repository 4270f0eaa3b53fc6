import { describe, expect, it } from "vitest";
import { checks } from "../../src/grader/index.ts";
import { evaluate } from "./evaluate.ts";
import { concurrentDelays, TraceBuilder } from "./trace-builder.ts";

const hello = new TraceBuilder()
  .spawn("Task-1", "main")
  .step("Task-1", 0)
  .print("Task-1", 0, "hello", 3)
  .print("Task-1", 1, "  big   world ", 5)
  .print("Task-1", 2, "bye", 7)
  .build();

describe("checks.outputEquals", () => {
  it("passes when the output is exactly the expected lines", () => {
    expect(evaluate(checks.outputEquals(["hello", "  big   world ", "bye"]), hello).pass).toBe(true);
  });

  it("names the first differing line, what was printed there, when and where", () => {
    const outcome = evaluate(checks.outputEquals(["hello", "big world", "bye"]), hello);
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toContain("Line 2 of the output differs");
    expect(outcome.message).toContain('expected: "big world"');
    expect(outcome.message).toContain('printed:  "  big   world "');
    expect(outcome.message).toContain("at t=1.000 s in Task-1 (main), line 5");
    expect(outcome.at).toMatchObject({ t: 1, line: 5, task: "Task-1" });
  });

  it("compares trimmed lines with collapsed spaces when normalising", () => {
    expect(
      evaluate(checks.outputEquals(["hello", "big world", "", "bye"], { normalise: true }), hello).pass,
    ).toBe(true);
  });

  it("says the output stops early and which line comes next", () => {
    const outcome = evaluate(checks.outputEquals(["hello", "  big   world ", "bye", "again"]), hello);
    expect(outcome.message).toBe(
      'The output stops after 3 line(s); expected 4. The next expected line is "again".',
    );
  });

  it("points at the first extra line", () => {
    const outcome = evaluate(checks.outputEquals(["hello", "  big   world "]), hello);
    expect(outcome.message).toContain(
      'The first extra line is "bye" (at t=2.000 s in Task-1 (main), line 7)',
    );
  });

  it("notices when the right lines came in the wrong order", () => {
    const outcome = evaluate(checks.outputEquals(["bye", "hello", "  big   world "]), hello);
    expect(outcome.message).toContain("All the expected lines were printed, but in a different order.");
  });

  it("splits one print of several lines into lines", () => {
    const trace = new TraceBuilder().print("Task-1", 0, "a\nb").build();
    expect(evaluate(checks.outputEquals(["a", "b"]), trace).pass).toBe(true);
  });

  it("computes the expected lines from the variant's world", () => {
    const check = checks.outputEquals(({ world }) => (world as { lines: string[] }).lines);
    expect(evaluate(check, hello, { world: { lines: ["hello", "  big   world ", "bye"] } }).pass).toBe(true);
    expect(evaluate(check, hello, { world: { lines: ["hello"] } }).pass).toBe(false);
  });
});

describe("checks.outputIncludes", () => {
  it("passes when every line was printed, in any order", () => {
    expect(evaluate(checks.outputIncludes(["bye", "hello"]), hello).pass).toBe(true);
  });

  it("counts repeated lines", () => {
    const outcome = evaluate(checks.outputIncludes(["hello", "hello"]), hello);
    expect(outcome.message).toBe(
      'Expected the line "hello" to be printed 2 times; it was printed fewer times.',
    );
  });

  it("lists what was printed when a line is missing", () => {
    const outcome = evaluate(checks.outputIncludes(["goodbye"]), hello);
    expect(outcome.message).toContain('Expected the line "goodbye" to be printed; it never was.');
    expect(outcome.message).toContain('0.000 s  "hello"');
  });
});

describe("checks.printed", () => {
  const delays = concurrentDelays(2, 3);

  it("finds a line by regular expression", () => {
    expect(evaluate(checks.printed(/^finished sleeping for 3/), delays).pass).toBe(true);
  });

  it("requires the line to come from the selected task", () => {
    expect(evaluate(checks.printed(/finished/, { by: "delay" }), delays).pass).toBe(true);
    const outcome = evaluate(checks.printed(/finished/, { by: "main" }), delays);
    expect(outcome.message).toBe(
      '"finished sleeping for 2 second(s)" was printed by Task-2 (delay), not by the task running main() ' +
        "(at t=2.000 s in Task-2 (delay), line 6).",
    );
  });

  it("accepts a time exactly at the tolerance edge and rejects one just beyond", () => {
    expect(
      evaluate(checks.printed(/finished sleeping for 3/, { at: 3.05, tolerance: 0.05 }), delays).pass,
    ).toBe(true);
    expect(
      evaluate(checks.printed(/finished sleeping for 3/, { at: 2.95, tolerance: 0.05 }), delays).pass,
    ).toBe(true);
    const outcome = evaluate(
      checks.printed(/finished sleeping for 3/, { at: 3.051, tolerance: 0.05 }),
      delays,
    );
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toContain("it was printed at 3.000 s");
  });

  it("counts matching lines when asked to", () => {
    expect(evaluate(checks.printed(/^sleeping/, { count: 2 }), delays).pass).toBe(true);
    expect(evaluate(checks.printed(/^sleeping/, { count: 3 }), delays).message).toContain(
      "Expected 3 line(s) matching /^sleeping/; 2 were printed",
    );
  });
});

describe("checks.notPrinted", () => {
  it("fails at the first matching line", () => {
    const outcome = evaluate(checks.notPrinted(/big/), hello);
    expect(outcome.pass).toBe(false);
    expect(outcome.at).toMatchObject({ seq: 3, t: 1 });
  });

  it("passes when nothing matches", () => {
    expect(evaluate(checks.notPrinted("goodbye"), hello).pass).toBe(true);
  });
});
