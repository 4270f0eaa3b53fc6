import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { gradeInPool, type JobOutcome } from "../../src/cli/commands/classroom/batch-pool.ts";
import type { BatchJob } from "../../src/cli/commands/classroom/batch-scan.ts";

const solution = await readFile("exercises/two-delays/solution.ts", "utf8");
const STALLING = new URL("./fixtures/stalling-worker.ts", import.meta.url);

function job(student: string, source: string): BatchJob {
  return {
    student,
    exercise: "two-delays",
    file: `${student}/two-delays.ts`,
    filename: "two-delays.ts",
    source,
  };
}

function statusOf(outcome: JobOutcome): string {
  return "crash" in outcome ? `crash: ${outcome.crash}` : outcome.result.status;
}

describe("gradeInPool", () => {
  it("stops a worker that does not answer within the timeout, reports that submission and goes on", async () => {
    const jobs = [job("ada", solution), job("bob", "// stall the grading worker\n"), job("cy", solution)];
    // Generous: a two-delays grading takes well under a second; only the stalled job waits this long.
    const outcomes = await gradeInPool(jobs, { threads: 1, timeoutMs: 15_000, workerUrl: STALLING });
    expect(outcomes.map(statusOf)).toEqual([
      "pass",
      "crash: no result within 15 s; the grading worker was stopped",
      "pass",
    ]);
  }, 120_000);

  it("replaces a worker that exits in the middle of a submission", async () => {
    const jobs = [job("ada", "// exit the grading worker\n"), job("bob", solution)];
    const outcomes = await gradeInPool(jobs, { threads: 1, timeoutMs: 60_000, workerUrl: STALLING });
    expect(outcomes.map(statusOf)).toEqual(["crash: the grading worker exited with code 3", "pass"]);
  }, 120_000);

  it("gives every job an outcome with more threads than jobs", async () => {
    const outcomes = await gradeInPool([job("ada", solution)], { threads: 4 });
    expect(outcomes.map(statusOf)).toEqual(["pass"]);
  }, 120_000);
});
