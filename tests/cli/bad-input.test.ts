import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SubmissionBundle } from "../../src/grader/index.ts";
import { makeBundle } from "./make-bundle.ts";
import { runCli } from "./run-cli.ts";

let dir: string;
let bundle: SubmissionBundle;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "looplab-bad-input-"));
  bundle = await makeBundle("two-delays", await readFile("exercises/two-delays/solution.ts", "utf8"));
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("course grade with a damaged bundle", { timeout: 120_000 }, () => {
  it("says a truncated bundle is not valid JSON", async () => {
    const file = join(dir, "truncated.json");
    await writeFile(file, JSON.stringify(bundle).slice(0, 120));
    const run = await runCli(["grade", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/truncated\.json: not valid JSON: .+/);
    expect(run.stderr).not.toContain("Expected an exercise slug");
  });

  it("reads a bundle that starts with a byte-order mark", async () => {
    const file = join(dir, "bom.json");
    await writeFile(file, `\ufeff${JSON.stringify(bundle)}`);
    const run = await runCli(["grade", file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Re-graded: same trace hash as the bundle");
  }, 60_000);

  it("says an empty file is empty", async () => {
    const file = join(dir, "empty.json");
    await writeFile(file, "");
    const run = await runCli(["grade", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("empty.json: not valid JSON: the file is empty.");
  });
});

describe(
  "course grade prints a submission's text with control characters escaped",
  { timeout: 120_000 },
  () => {
    it("escapes the course version of a bundle whose hash differs", async () => {
      const file = join(dir, "escapes.json");
      const forged = {
        ...bundle,
        courseVersion: "\u001b[2J\u001b[31m9.9",
        traceHash: `sha256:${"0".repeat(64)}`,
      };
      await writeFile(file, JSON.stringify(forged));
      const run = await runCli(["grade", file]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("made with course version \\x1b[2J\\x1b[31m9.9");
      expect(run.stdout).not.toContain("\u001b");
    }, 60_000);

    it("escapes the exercise slug of a bundle for another exercise", async () => {
      const file = join(dir, "slug.json");
      await writeFile(file, JSON.stringify({ ...bundle, exercise: "x\u001b]0;owned\u0007" }));
      const run = await runCli(["grade", "two-delays", file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('is a submission for "x\\x1b]0;owned\\x07", not "two-delays".');
      expect(run.stderr).not.toContain("\u001b");
    });

    it("escapes a student's name from a progress file", async () => {
      const file = join(dir, "progress.json");
      const progress = {
        format: "looplab-progress",
        version: 2,
        courseVersion: "0.1.0",
        exportedAt: "",
        student: "Eve\u202e\u001b[8m",
        progress: {},
        submissions: [],
      };
      await writeFile(file, JSON.stringify(progress));
      const run = await runCli(["grade", file]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("Progress file of Eve\\u202e\\x1b[8m");
    });
  },
);

describe("course grade-batch with bad input", { timeout: 120_000 }, () => {
  it("refuses an --out it cannot write before it grades anything", async () => {
    await mkdir(join(dir, "class", "ada"), { recursive: true });
    await writeFile(join(dir, "class", "ada", "two-delays.ts"), bundle.code);
    const run = await runCli([
      "grade-batch",
      join(dir, "class"),
      "--format",
      "json",
      "--out",
      join(dir, "no", "such", "report.json"),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("(ENOENT); nothing was graded.");
    expect(run.stderr).not.toContain("Graded");
  });

  it("refuses an --out that is a folder", async () => {
    const run = await runCli(["grade-batch", join(dir, "class"), "--format", "json", "--out", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("(EISDIR); nothing was graded.");
  });

  it("escapes file names from the class folder in its summary", async () => {
    await writeFile(join(dir, "class", "ada", "notes\u001b[2J.txt"), "");
    const run = await runCli(["grade-batch", join(dir, "class"), "--format", "csv", "--jobs", "1"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("ignored 1 unrelated file(s): ada/notes\\x1b[2J.txt");
    expect(run.stderr).not.toContain("\u001b");
  }, 60_000);
});
