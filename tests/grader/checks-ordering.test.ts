import { describe, expect, it } from "vitest";
import { checks } from "../../src/grader/index.ts";
import { evaluate } from "./evaluate.ts";
import { concurrentDelays, replayedDelays, TraceBuilder } from "./trace-builder.ts";

/** Sequential awaits: the second delay starts only after the first one finished. */
function sequentialDelays(a: number, b: number) {
  return new TraceBuilder()
    .spawn("Task-1", "main")
    .step("Task-1", 0)
    .print("Task-1", 0, `sleeping for ${a} second(s)`, 4)
    .block("Task-1", 0, `sleep(${a})`)
    .step("Task-1", a)
    .print("Task-1", a, `finished sleeping for ${a} second(s)`, 6)
    .print("Task-1", a, `sleeping for ${b} second(s)`, 4)
    .block("Task-1", a, `sleep(${b})`)
    .step("Task-1", a + b)
    .print("Task-1", a + b, `finished sleeping for ${b} second(s)`, 6)
    .done("Task-1", a + b)
    .build();
}

describe("checks.inOrder", () => {
  it("passes when the lines appear in order with others between", () => {
    const check = checks.inOrder([
      "sleeping for 2 second(s)",
      /finished sleeping for 2/,
      /finished sleeping for 3/,
    ]);
    expect(evaluate(check, concurrentDelays(2, 3)).pass).toBe(true);
  });

  it("says which line came too early, with both times", () => {
    const check = checks.inOrder([/finished sleeping for 2/, "sleeping for 3 second(s)"]);
    const outcome = evaluate(check, concurrentDelays(2, 3));
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toBe(
      '"sleeping for 3 second(s)" was printed at 0.000 s in Task-3 (delay), line 4, before ' +
        '"finished sleeping for 2 second(s)" (at 2.000 s in Task-2 (delay), line 6), but it should come after it.',
    );
  });

  it("says when a line never came", () => {
    const outcome = evaluate(checks.inOrder([/sleeping/, "done"]), concurrentDelays(2, 3));
    expect(outcome.message).toBe('The program never printed the line "done".');
  });
});

describe("checks.before", () => {
  const startsBeforeEnds = checks.before(/^sleeping for/, /^finished sleeping for/);

  it("passes when every start comes before any end", () => {
    expect(evaluate(startsBeforeEnds, concurrentDelays(2, 3)).pass).toBe(true);
  });

  it("fails on sequential work, quoting the offending pair", () => {
    const outcome = evaluate(startsBeforeEnds, sequentialDelays(2, 3));
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toBe(
      '"finished sleeping for 2 second(s)" was printed at 2.000 s in Task-1 (main), line 6, before ' +
        '"sleeping for 3 second(s)" (at 2.000 s in Task-1 (main), line 4), but "sleeping for 3 second(s)" should ' +
        "come before it.",
    );
    expect(outcome.message).not.toMatch(/\/\^|matching/);
    expect(outcome.at).toMatchObject({ t: 2, line: 6 });
  });

  it("fails when one side never printed", () => {
    expect(evaluate(checks.before("x", /sleeping/), concurrentDelays(2, 3)).message).toContain(
      'The program never printed the line "x".',
    );
  });
});

describe("checks.eachInOwnTask", () => {
  const groups = ({ world }: { world: unknown }) =>
    (world as { delays: number[] }).delays.map((d) => [
      `sleeping for ${d} second(s)`,
      `finished sleeping for ${d} second(s)`,
    ]);
  const ownTasks = checks.eachInOwnTask(groups);

  it("passes when each delay's lines come from its own task", () => {
    expect(evaluate(ownTasks, concurrentDelays(2, 3), { world: { delays: [2, 3] } }).pass).toBe(true);
  });

  it("fails a replay of the solution's lines and times from the main task", () => {
    const outcome = evaluate(ownTasks, replayedDelays(2, 3), { world: { delays: [2, 3] } });
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toBe(
      '"sleeping for 2 second(s)" was printed by the main task at 0.000 s, line 3, but it should come from ' +
        "a task of its own.",
    );
  });

  it("fails when two groups share one task", () => {
    const trace = new TraceBuilder()
      .spawn("Task-1", "main")
      .spawn("Task-2", "both", 0, "Task-1")
      .print("Task-2", 0, "a start")
      .print("Task-2", 1, "a end")
      .print("Task-2", 1, "b start")
      .print("Task-2", 2, "b end")
      .build();
    const outcome = evaluate(
      checks.eachInOwnTask([
        ["a start", "a end"],
        ["b start", "b end"],
      ]),
      trace,
    );
    expect(outcome.message).toContain('"a start" and "b start" were both printed by Task-2 (both)');
  });

  it("fails when one group is split across tasks", () => {
    const trace = new TraceBuilder()
      .spawn("Task-1", "main")
      .spawn("Task-2", "a", 0, "Task-1")
      .spawn("Task-3", "b", 0, "Task-1")
      .print("Task-2", 0, "a start")
      .print("Task-3", 1, "a end")
      .build();
    const outcome = evaluate(checks.eachInOwnTask([["a start", "a end"]]), trace);
    expect(outcome.message).toContain("were printed by different tasks, Task-2 (a) and Task-3 (b)");
  });

  it("allows the main task when told to", () => {
    const check = checks.eachInOwnTask([["sleeping for 2 second(s)"]], { notMain: false });
    expect(evaluate(check, replayedDelays(2, 3)).pass).toBe(true);
  });
});
