import { describe, expect, it } from "vitest";
import { checks } from "../../src/grader/index.ts";
import { maxConcurrent } from "../../src/grader/checks/concurrency.ts";
import { viewOf } from "../../src/grader/trace-view.ts";
import { evaluate } from "./evaluate.ts";
import { concurrentDelays, replayedDelays, TraceBuilder } from "./trace-builder.ts";

describe("checks.overlap", () => {
  const twoSleeping = checks.overlap({ atLeast: 2, waitingFor: /^sleep/ });

  it("passes when two tasks sleep at the same time", () => {
    expect(evaluate(twoSleeping, concurrentDelays(2, 3)).pass).toBe(true);
  });

  it("fails a replay from one task, saying who waited and when", () => {
    const outcome = evaluate(twoSleeping, replayedDelays(2, 3));
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toBe(
      "Only one task was waiting at a time (Task-1 (main) from 0.000 s to 2.000 s), but at least 2 tasks " +
        "should wait in asyncio.sleep at the same time.",
    );
    expect(outcome.at).toMatchObject({ t: 0, task: "Task-1" });
    expect(outcome.interval).toMatchObject({
      kind: "waiting",
      who: "Task-1",
      start: 0,
      end: 2,
      what: "sleep(2)",
    });
    expect(outcome.details).toEqual({ expected: ["/^sleep/"], values: { expected: 2, actual: 1 } });
  });

  it("counts the main task's wait on other tasks unless filtered out", () => {
    expect(evaluate(checks.overlap({ atLeast: 3 }), concurrentDelays(2, 3)).pass).toBe(true);
    expect(evaluate(checks.overlap({ atLeast: 3, waitingFor: /^sleep/ }), concurrentDelays(2, 3)).pass).toBe(
      false,
    );
  });

  it("says so when no task ever waited", () => {
    const trace = new TraceBuilder().spawn("Task-1", "main").step("Task-1", 0).done("Task-1", 0).build();
    expect(evaluate(twoSleeping, trace).message).toBe(
      "No task ever waited in asyncio.sleep, but at least 2 tasks should wait in asyncio.sleep at the same time.",
    );
  });

  it("counts busy executor workers when asked", () => {
    const trace = new TraceBuilder()
      .spawn("Task-1", "main")
      .step("Task-1", 0)
      .block("Task-1", 0, "Future")
      .worker("ThreadPoolExecutor-0_0", 0, 1)
      .worker("ThreadPoolExecutor-0_1", 0.5, 1.5)
      .step("Task-1", 1.5)
      .done("Task-1", 1.5)
      .build();
    expect(evaluate(checks.overlap({ atLeast: 3, workers: true }), trace).pass).toBe(true);
    expect(evaluate(checks.overlap({ atLeast: 2, waitingFor: /^sleep/, workers: true }), trace).pass).toBe(
      true,
    );
    expect(evaluate(checks.overlap({ atLeast: 2 }), trace).pass).toBe(false);
  });
});

describe("maxConcurrent", () => {
  const span = (who: string, start: number, end: number) => ({
    who,
    start,
    end,
    what: "sleep",
    from: { seq: 0, t: start, type: "task_blocked" as const, task: who },
  });

  it("does not count back-to-back waits as overlapping", () => {
    expect(maxConcurrent([span("a", 0, 1), span("b", 1, 2)]).count).toBe(1);
  });

  it("ignores zero-length waits", () => {
    expect(maxConcurrent([span("a", 0, 2), span("b", 1, 1)]).count).toBe(1);
  });

  it("finds the moment most waits were open", () => {
    const result = maxConcurrent([span("a", 0, 3), span("b", 1, 4), span("c", 2, 5), span("d", 3.5, 6)]);
    expect(result.count).toBe(3);
    expect(result.members.map((m) => m.who).sort()).toEqual(["a", "b", "c"]);
  });
});

describe("checks.neverBlockedLongerThan", () => {
  /** A task that calls time.sleep(d) inside one step. */
  const blockingSleep = (d: number) =>
    new TraceBuilder()
      .spawn("Task-1", "main")
      .spawn("Task-2", "delay", 0, "Task-1")
      .step("Task-1", 0)
      .block("Task-1", 0, "Task-2")
      .step("Task-2", 0)
      .loopBlocked("Task-2", 0, d, "sleep", 5)
      .done("Task-2", d)
      .step("Task-1", d)
      .done("Task-1", d)
      .build();

  it("passes at exactly the limit and fails just beyond it", () => {
    expect(evaluate(checks.neverBlockedLongerThan(0.1), blockingSleep(0.1)).pass).toBe(true);
    expect(evaluate(checks.neverBlockedLongerThan(0.1), blockingSleep(0.1001)).pass).toBe(false);
  });

  it("names the blocking call, its task, line and duration", () => {
    const outcome = evaluate(checks.neverBlockedLongerThan(0.1), blockingSleep(2));
    expect(outcome.message).toBe(
      "A blocking time.sleep() at line 5 in Task-2 (delay) held the loop for 2.000 s from 0.000 s, but nothing " +
        "may hold it longer than 0.100 s: while it is held, no other task can run.",
    );
    expect(outcome.interval).toMatchObject({
      kind: "blocked",
      who: "Task-2",
      start: 0,
      end: 2,
      what: "sleep",
    });
    expect(outcome.at).toMatchObject({ line: 5, task: "Task-2" });
  });

  it("catches a long step made of many short CPU bursts", () => {
    const tb = new TraceBuilder().spawn("Task-1", "main").step("Task-1", 0);
    for (let i = 0; i < 5; i++) tb.loopBlocked("Task-1", i * 0.05, 0.05, "cpu", 9);
    const trace = tb.done("Task-1", 0.25).build();
    const outcome = evaluate(checks.neverBlockedLongerThan(0.1), trace);
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toContain(
      "CPU work at line 9 in Task-1 (main) held the loop for 0.250 s from 0.000 s",
    );
  });

  it("passes when every task only awaits", () => {
    expect(evaluate(checks.neverBlockedLongerThan(0.1), concurrentDelays(2, 3)).pass).toBe(true);
  });

  it("sees blocking outside any task (a callback)", () => {
    const trace = new TraceBuilder().loopBlocked(null, 1, 1, "sleep", 3).build(2);
    expect(evaluate(checks.neverBlockedLongerThan(0.5), trace).message).toContain(
      "A blocking time.sleep() at line 3 outside any task held the loop for 1.000 s from 1.000 s",
    );
  });
});

describe("TraceView waits", () => {
  it("closes a wait that never ended at the end of the run", () => {
    const trace = new TraceBuilder()
      .spawn("Task-1", "main")
      .step("Task-1", 0)
      .block("Task-1", 0, "Event.wait()")
      .build(7);
    expect(viewOf(trace).waits).toMatchObject([{ who: "Task-1", start: 0, end: 7, what: "Event.wait()" }]);
  });
});
