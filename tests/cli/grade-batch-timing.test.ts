/**
 * The classroom benchmark: a class of 30 students handing in every exercise, graded by
 * `course grade-batch` end to end (worker start-up included). The wall time is printed; the
 * target on the 2-core reference machine is under 20 s. The assertion only guards against a
 * gross regression, since other test files share the machine's cores while this one runs.
 */

import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { loadExercises } from "../../src/exercises/load.ts";
import type { BatchReport } from "../../src/cli/commands/classroom/batch-report.ts";
import { makeClass } from "./make-class.ts";
import { runCli } from "./run-cli.ts";

const STUDENTS = 30;
let dir = "";

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it(`grades ${STUDENTS} students × every exercise`, async () => {
  dir = await mkdtemp(join(tmpdir(), "looplab-class30-"));
  const exercises = await loadExercises();
  const contents = await makeClass(join(dir, "class"), exercises, { students: STUDENTS });
  const started = performance.now();
  const run = await runCli([
    "grade-batch",
    join(dir, "class"),
    "--format",
    "json",
    "--out",
    join(dir, "report.json"),
  ]);
  const seconds = (performance.now() - started) / 1000;
  expect(run.code, run.stderr).toBe(0);

  const report = JSON.parse(await readFile(join(dir, "report.json"), "utf8")) as BatchReport;
  const rows = report.students.flatMap((s) => s.rows);
  expect(rows.length).toBe(STUDENTS * exercises.length);
  expect(rows.filter((r) => r.status === "missing")).toEqual([]);
  expect(rows.filter((r) => r.message?.startsWith("The grader failed"))).toEqual([]);
  const solutions = rows.filter((r) => contents.handedIn.get(r.file) === "solution");
  expect(solutions.every((r) => r.status === "pass")).toBe(true);

  console.log(
    `grade-batch: ${rows.length} submissions (${STUDENTS} students × ${exercises.length} exercises) ` +
      `in ${seconds.toFixed(1)} s wall time, process start-up included`,
  );
  expect(seconds).toBeLessThan(90);
}, 180_000);
