/**
 * Python twins: every runnable program of the course (examples, exercise solutions, predict
 * programs) has its asyncio original beside it, or a stated reason why it cannot. Each twin runs
 * on CPython 3.11 with the virtual-clock oracle (tests/differential/oracle.py), once per exercise
 * variant with that variant's world, and must print the same lines, from the same tasks, at the
 * same virtual times as the TypeScript in the sandbox, and end with the same uncaught exception.
 * A `# twin: order` twin (CPU-bound) must print the same lines in the same order, and the same
 * tasks must block the loop with CPU work.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createSandbox } from "../../runtime/host/run.ts";
import { twinPath } from "../../src/twins/twin.ts";
import { describeDifferences, type OracleTrace } from "../differential/compare.ts";
import { findPython, runOracleAll, type OracleJob } from "../differential/cpython.ts";
import { blockingTasks, comparable, oracleBlockingTasks, twinSubjects, type TwinRun } from "./twins.ts";

const subjects = await twinSubjects();
const sandbox = await createSandbox();
const oracleRuns = new Map<string, OracleTrace>();
const key = (program: string, run: TwinRun) => `${program}\0${run.variant}`;

beforeAll(async () => {
  const python = await findPython();
  const jobs: { key: string; job: OracleJob }[] = [];
  for (const s of subjects) {
    if (s.status.kind !== "exact" && s.status.kind !== "order") continue;
    const blocking = s.status.kind === "order";
    for (const run of s.runs)
      jobs.push({
        key: key(s.program, run),
        job: { program: twinPath(s.program), options: { world: run.world, blocking } },
      });
  }
  // Two at a time: CI machines have about two cores, and each run is a short-lived CPython.
  const traces = await runOracleAll(
    python,
    jobs.map((j) => j.job),
    2,
  );
  jobs.forEach((j, i) => oracleRuns.set(j.key, traces[i]));
}, 300_000);

describe.each(subjects.map((s) => [s.program, s] as const))("%s", (program, s) => {
  it("has a Python twin, or a file saying in one sentence why it cannot", () => {
    expect(
      s.status.kind,
      `write ${twinPath(program)} or ${program.replace(/\.ts$/, ".no-twin.txt")}`,
    ).not.toBe("missing");
    if (s.status.kind === "none") {
      expect(s.status.reason).not.toBe("");
      expect(s.status.reason.split("\n")).toHaveLength(1);
    }
  });

  const status = s.status;
  if (status.kind !== "exact" && status.kind !== "order") return;
  const what =
    status.kind === "exact"
      ? "prints the same lines at the same virtual times on CPython"
      : "prints the same lines in the same order on CPython, with the same tasks blocking the loop";

  it.each(s.runs.map((run) => [run.variant, run] as const))(
    `${what} (variant %s)`,
    (variant, run) => {
      const oracle = oracleRuns.get(key(program, run));
      if (oracle === undefined) throw new Error(`oracle.py produced no result for ${twinPath(program)}`);
      // A generous wall-clock backstop: the machine may be busy; the virtual clock decides the output.
      const trace = sandbox.run(readFileSync(program, "utf8"), {
        filename: program.split("/").pop(),
        world: run.world,
        wallTimeoutMs: 100_000,
      });
      const want = comparable(status, { oracle });
      const actual = comparable(status, { trace });
      const differences = describeDifferences(want, actual);
      if (differences !== "") expect.fail(`${program} (${variant}): the twin differs\n${differences}`);
      expect(actual).toEqual(want);
      if (status.kind === "order") expect(blockingTasks(trace)).toEqual(oracleBlockingTasks(oracle));
    },
    60_000,
  );
});
