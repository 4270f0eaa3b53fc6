import { describe, expect, it } from "vitest";
import { checks } from "../../src/grader/index.ts";
import { evaluate } from "./evaluate.ts";
import { concurrentDelays, TraceBuilder } from "./trace-builder.ts";

/** A supervisor with a spinner task that ends the way `end` says. */
function spinner(
  end: "cancelled-by-main" | "cancelled-after-main" | "returned" | "never",
): ReturnType<TraceBuilder["build"]> {
  const tb = new TraceBuilder()
    .spawn("Task-1", "supervisor")
    .step("Task-1", 0)
    .spawn("Task-2", "spin", 0, "Task-1")
    .block("Task-1", 0, "sleep(3)")
    .step("Task-2", 0)
    .print("Task-2", 0, "| thinking!")
    .block("Task-2", 0, "sleep(0.1)")
    .step("Task-1", 3);
  if (end === "cancelled-by-main") {
    tb.block("Task-1", 3, "Task-2")
      .step("Task-2", 3)
      .cancelled("Task-2", 3)
      .step("Task-1", 3)
      .done("Task-1", 3, "42");
  } else if (end === "cancelled-after-main") {
    tb.done("Task-1", 3, "42").step("Task-2", 3).cancelled("Task-2", 3);
  } else if (end === "returned") {
    tb.block("Task-1", 3, "Task-2")
      .step("Task-2", 3)
      .done("Task-2", 3, "undefined")
      .step("Task-1", 3)
      .done("Task-1", 3, "42");
  } else {
    tb.done("Task-1", 3, "42");
  }
  return tb.build(3);
}

describe("checks.cancelled", () => {
  it("passes when the task ends cancelled before main ends", () => {
    expect(evaluate(checks.cancelled("spin"), spinner("cancelled-by-main")).pass).toBe(true);
  });

  it("does not count asyncio.run() cancelling leftovers after main", () => {
    const outcome = evaluate(checks.cancelled("spin"), spinner("cancelled-after-main"));
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toBe(
      "Task-2 (spin) was cancelled only by asyncio.run() cleaning up after main returned, but your code should " +
        "cancel it itself, and wait for it to stop, before main returns.",
    );
    expect(
      evaluate(checks.cancelled("spin", { beforeMainEnds: false }), spinner("cancelled-after-main")).pass,
    ).toBe(true);
  });

  it("fails a task that swallowed the cancellation and returned", () => {
    const outcome = evaluate(checks.cancelled("spin"), spinner("returned"));
    expect(outcome.message).toBe(
      "Task-2 (spin) finished normally at 3.000 s (it returned undefined), but it should end cancelled: " +
        "nothing ever called its cancel() method.",
    );
  });

  it("fails a task that was never cancelled, pointing where it was created", () => {
    const outcome = evaluate(checks.cancelled({ coro: "spin" }), spinner("never"));
    expect(outcome.message).toBe(
      "Task-2 (spin) was still running when the program ended, but it should end cancelled: call its cancel() method.",
    );
    expect(outcome.at).toMatchObject({ seq: 2, task: "Task-2" });
  });

  it("fails when no such task exists", () => {
    expect(evaluate(checks.cancelled("spin"), concurrentDelays(2, 3)).message).toBe(
      "The program never created the task running spin(), so nothing could cancel it.",
    );
  });

  it("checks when the cancellation landed", () => {
    expect(evaluate(checks.cancelled("Task-2", { near: 3 }), spinner("cancelled-by-main")).pass).toBe(true);
    expect(
      evaluate(checks.cancelled("Task-2", { near: 2.9, tolerance: 0.05 }), spinner("cancelled-by-main"))
        .message,
    ).toBe(
      "Task-2 (spin) was cancelled at 3.000 s, but it should be cancelled at 2.900 s, give or take 0.050 s.",
    );
  });
});

describe("checks.returned", () => {
  it("compares main's result in printed form", () => {
    expect(evaluate(checks.returned([2, 3]), concurrentDelays(2, 3)).pass).toBe(true);
    const outcome = evaluate(checks.returned([3, 2]), concurrentDelays(2, 3));
    expect(outcome.message).toBe("main() returned [2, 3] at 3.000 s, but it should return [3, 2].");
  });

  it("reads another task's result when selected", () => {
    expect(evaluate(checks.returned(2, { task: "Task-2" }), concurrentDelays(2, 3)).pass).toBe(true);
  });

  it("reports an exception instead of a result", () => {
    const trace = new TraceBuilder().spawn("Task-1", "main").raised("Task-1", 1, "ValueError: bad").build();
    expect(evaluate(checks.returned(1), trace).message).toBe(
      "main() raised ValueError: bad, but it should return 1.",
    );
  });

  it("follows the variant's world", () => {
    const check = checks.returned(({ world }) => (world as { delays: number[] }).delays);
    expect(evaluate(check, concurrentDelays(4, 1), { world: { delays: [4, 1] } }).pass).toBe(true);
  });
});
