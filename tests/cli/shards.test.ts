import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BatchReport } from "../../src/cli/commands/classroom/batch-report.ts";
import { loadExercise } from "../../src/exercise-folders/load.ts";
import { makeClass } from "./make-class.ts";
import { runCli } from "./run-cli.ts";

const SLUGS = ["two-delays", "predict-task-times", "gather-factorials"];
let dir: string;
let classDir: string;
let assignment: string;
const shardFiles = [1, 2, 3, 4].map((i) => `shard-${i}.json`);

/** grade-batch of the test class, reproducible (no wall times, a fixed date). */
function gradeBatch(...args: string[]) {
  return runCli([
    "grade-batch",
    classDir,
    "--assignment",
    assignment,
    "--reproducible",
    "--jobs",
    "2",
    ...args,
  ]);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "looplab-shards-"));
  classDir = join(dir, "class");
  const exercises = await Promise.all(SLUGS.map((slug) => loadExercise(slug)));
  await makeClass(classDir, exercises, { students: 6, skipEvery: 5 });
  await writeFile(join(classDir, "README.md"), "Hand in one file per exercise.\n");
  await writeFile(join(classDir, "student-03", "notes.txt"), "scratch\n");
  assignment = join(dir, "assignment.json");
  await writeFile(assignment, JSON.stringify({ id: "shards", title: "Shards", exercises: SLUGS, points: 5 }));
  const runs = await Promise.all([
    gradeBatch("--format", "json", "--out", join(dir, "whole.json")),
    ...shardFiles.map((file, i) =>
      gradeBatch("--format", "json", "--shard", `${i + 1}/4`, "--out", join(dir, file)),
    ),
  ]);
  for (const run of runs) expect(run.code, run.stderr).toBe(0);
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = (file: string) => readFile(join(dir, file), "utf8");

describe("grade-batch --shard", { timeout: 120_000 }, () => {
  it("deals the students out in turn, each to exactly one shard", async () => {
    const shards = await Promise.all(shardFiles.map(async (f) => JSON.parse(await read(f)) as BatchReport));
    expect(shards.map((s) => s.students.map((x) => x.student))).toEqual([
      ["student-01", "student-05"],
      ["student-02", "student-06"],
      ["student-03"],
      ["student-04"],
    ]);
    expect(shards.map((s) => s.shard)).toEqual([1, 2, 3, 4].map((index) => ({ index, count: 4 })));
  });

  it("refuses a shard that is not i/n with 1 ≤ i ≤ n", async () => {
    const run = await gradeBatch("--format", "json", "--shard", "5/4");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--shard must look like 2/4");
  });
});

describe("course merge-reports", { timeout: 120_000 }, () => {
  for (const format of ["json", "csv", "junit", "tap", "moodle", "canvas"]) {
    it(`merges 4 shards into ${format} byte-identical to one unsharded run`, async () => {
      const merged = await runCli([
        "merge-reports",
        ...shardFiles.map((f) => join(dir, f)),
        "--format",
        format,
      ]);
      expect(merged.code, merged.stderr).toBe(0);
      const whole =
        format === "json"
          ? { code: 0, stdout: await read("whole.json"), stderr: "" }
          : await runCli(["merge-reports", join(dir, "whole.json"), "--format", format]);
      expect(whole.code, whole.stderr).toBe(0);
      expect(merged.stdout).toBe(whole.stdout);
    });
  }

  it("gives the same bytes as grade-batch writing that format itself", async () => {
    const direct = await gradeBatch("--format", "junit");
    const merged = await runCli([
      "merge-reports",
      ...shardFiles.map((f) => join(dir, f)),
      "--format",
      "junit",
    ]);
    expect(direct.code, direct.stderr).toBe(0);
    expect(merged.stdout).toBe(direct.stdout);
  });

  it("refuses a missing shard and a repeated one", async () => {
    const three = await runCli([
      "merge-reports",
      ...shardFiles.slice(0, 3).map((f) => join(dir, f)),
      "--format",
      "csv",
    ]);
    expect(three.code).toBe(2);
    expect(three.stderr).toContain("Shard(s) 4/4 missing.");
    const twice = await runCli([
      "merge-reports",
      join(dir, shardFiles[0]),
      join(dir, shardFiles[0]),
      "--format",
      "csv",
    ]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("repeats shard 1/4");
  });

  it("refuses reports of different gradings", async () => {
    const other = JSON.parse(await read(shardFiles[1])) as BatchReport;
    other.courseVersion = "9.9.9";
    await writeFile(join(dir, "other.json"), JSON.stringify(other));
    const run = await runCli([
      "merge-reports",
      join(dir, shardFiles[0]),
      join(dir, "other.json"),
      join(dir, shardFiles[2]),
      join(dir, shardFiles[3]),
      "--format",
      "json",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("differs from");
  });
});
