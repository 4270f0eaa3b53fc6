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
    expect(outcome.message).toBe(
      'Line 2 of the output is "  big   world " (printed at 1.000 s in Task-1 (main), line 5), ' +
        'but it should be "big world".',
    );
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
      'The output stops after 3 lines, but it should have 4: the next one is "again".',
    );
  });

  it("points at the first extra line", () => {
    const outcome = evaluate(checks.outputEquals(["hello", "  big   world "]), hello);
    expect(outcome.message).toContain(
      'the first extra one is "bye" (printed at 2.000 s in Task-1 (main), line 7)',
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
    expect(outcome.message).toBe('The line "hello" was printed once, but it should be printed twice.');
  });

  it("says a line is missing in one sentence", () => {
    const outcome = evaluate(checks.outputIncludes(["goodbye"]), hello);
    expect(outcome.message).toBe('The program never printed the line "goodbye".');
  });

  it("quotes a near miss instead of the whole output", () => {
    const outcome = evaluate(checks.outputIncludes(["hello!"]), hello);
    expect(outcome.message).toBe('The program printed "hello", but it should print "hello!".');
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
      '"finished sleeping for 2 second(s)" was printed by Task-2 (delay) at 2.000 s, line 6, ' +
        "but it should be printed by the task running main().",
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
    expect(outcome.message).toBe(
      '"finished sleeping for 3 second(s)" was printed at 3.000 s in Task-3 (delay), line 6, ' +
        "but it should be printed at 3.051 s, give or take 0.050 s.",
    );
  });

  it("counts matching lines when asked to", () => {
    expect(evaluate(checks.printed(/^sleeping/, { count: 2 }), delays).pass).toBe(true);
    expect(evaluate(checks.printed(/^sleeping/, { count: 3 }), delays).message).toContain(
      'A line like "sleeping for 2 second(s)" was printed twice, but it should be printed 3 times',
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
