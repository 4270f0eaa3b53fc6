import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BatchReport } from "../../src/cli/commands/classroom/batch-report.ts";
import { makeBundle, progressFile } from "./make-bundle.ts";
import { runCli, type CliRun } from "./run-cli.ts";

const read = (path: string) => readFile(path, "utf8");
let dir: string;
let batch: CliRun;
let report: BatchReport;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "looplab-progress-"));
  const classDir = join(dir, "class");
  await mkdir(join(classDir, "zoe"), { recursive: true });
  const passing = await makeBundle("two-delays", await read("exercises/two-delays/solution.ts"));
  const failing = await makeBundle("gather-factorials", await read("exercises/gather-factorials/starter.ts"));
  const bob = await makeBundle("bob-juggles", await read("exercises/bob-juggles/solution.ts"));
  const v2 = progressFile(2, [failing, passing], { student: "김민지", assignment: "week-1-first-tasks" });
  await writeFile(join(classDir, "looplab-progress-1.json"), JSON.stringify(v2));
  // Version 1, saved by an editor that writes a byte-order mark.
  await writeFile(
    join(classDir, "looplab-progress-2.json"),
    `\ufeff${JSON.stringify(progressFile(1, [bob], { student: "박서준" }))}`,
  );
  await writeFile(join(classDir, "unnamed.json"), JSON.stringify(progressFile(2, [passing])));
  await writeFile(join(classDir, "broken.json"), JSON.stringify(v2).slice(0, 200));
  await writeFile(join(classDir, "zoe", "two-delays.ts"), await read("exercises/two-delays/solution.ts"));
  await writeFile(
    join(dir, "tampered.json"),
    JSON.stringify(progressFile(2, [{ ...passing, traceHash: `sha256:${"0".repeat(64)}` }])),
  );
  await writeFile(
    join(dir, "passing.json"),
    JSON.stringify(progressFile(2, [passing], { student: "김민지" })),
  );
  await writeFile(join(dir, "mixed.json"), JSON.stringify(v2));

  batch = await runCli([
    "grade-batch",
    classDir,
    "--assignment",
    "assignments/week-1-first-tasks.json",
    "--format",
    "json",
    "--out",
    join(dir, "report.json"),
  ]);
  report = JSON.parse(await read(join(dir, "report.json"))) as BatchReport;
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("course grade-batch with exported progress files", { timeout: 120_000 }, () => {
  it("names each student by the name inside the file, Unicode intact, else by the file name", () => {
    expect(batch.code, batch.stderr).toBe(0);
    expect(report.students.map((s) => s.student)).toEqual(["unnamed", "zoe", "김민지", "박서준"]);
  });

  it("grades each file's submissions for the assignment's exercises, in its order", () => {
    expect(report.assignment).toBe("week-1-first-tasks");
    expect(report.exercises).toEqual([
      "bob-juggles",
      "predict-task-times",
      "two-delays",
      "gather-factorials",
    ]);
    const minji = report.students.find((s) => s.student === "김민지");
    expect(minji?.rows.map((r) => [r.exercise, r.status, r.file])).toEqual([
      ["bob-juggles", "missing", "looplab-progress-1.json"],
      ["predict-task-times", "missing", "looplab-progress-1.json"],
      ["two-delays", "pass", "looplab-progress-1.json"],
      ["gather-factorials", "fail", "looplab-progress-1.json"],
    ]);
    expect(minji?.rows[0].message).toBe("No submission: looplab-progress-1.json has none for bob-juggles.");
    const seojun = report.students.find((s) => s.student === "박서준");
    expect(seojun?.rows.filter((r) => r.status !== "missing").map((r) => [r.exercise, r.status])).toEqual([
      ["bob-juggles", "pass"],
    ]);
  });

  it("checks that every re-graded bundle reproduces its trace hash", () => {
    const fromFiles = report.students
      .flatMap((s) => s.rows)
      .filter((r) => r.file.endsWith(".json") && r.result);
    expect(fromFiles.length).toBe(4);
    expect(fromFiles.every((r) => r.reproduced === true)).toBe(true);
    const zoe = report.students.find((s) => s.student === "zoe");
    expect(zoe?.rows.find((r) => r.exercise === "two-delays")?.reproduced).toBeUndefined();
  });

  it("gives the same code the same trace hash from a student folder and from a progress file", () => {
    const hashOf = (student: string) =>
      report.students.find((s) => s.student === student)?.rows.find((r) => r.exercise === "two-delays")
        ?.result?.traceHash;
    expect(hashOf("zoe")).toBeDefined();
    expect(hashOf("zoe")).toBe(hashOf("김민지"));
  });

  it("skips a truncated progress file with a reason and lists it as ignored", () => {
    expect(report.ignored).toEqual(["broken.json"]);
    expect(batch.stderr).toMatch(/Skipped: broken\.json: not valid JSON: .+/);
  });
});

describe("course grade <progress.json>", { timeout: 120_000 }, () => {
  it("re-grades every submission of the file, verifies each trace hash, and exits 1 when one fails", async () => {
    const run = await runCli(["grade", join(dir, "mixed.json")]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain(
      "Progress file of 김민지 for assignment week-1-first-tasks (course version 0.1.0): 2 submission(s).",
    );
    expect(run.stdout).toContain("gather-factorials — Gather the factorials: FAIL");
    expect(run.stdout).toMatch(/two-delays — Two delays at once: PASS \((\d+)\/\1 checks\)/);
    expect(run.stdout.match(/Re-graded: same trace hash as the bundle/g)?.length).toBe(2);
  }, 120_000);

  it("exits 0 when every submission passes and reproduces its hash", async () => {
    const run = await runCli(["grade", join(dir, "passing.json"), "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as {
      student: string;
      results: { status: string; bundle: { reproduced: boolean } }[];
    };
    expect(out.student).toBe("김민지");
    expect(out.results.map((r) => [r.status, r.bundle.reproduced])).toEqual([["pass", true]]);
  }, 120_000);

  it("exits 1 and says so when a bundle's trace hash is not what its code gives", async () => {
    const run = await runCli(["grade", join(dir, "tampered.json")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Re-graded: the trace hash DIFFERS from the bundle's.");
  }, 120_000);
});
