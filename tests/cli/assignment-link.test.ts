import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BatchReport } from "../../src/cli/commands/classroom/batch-report.ts";
import { makeBundle, progressFile } from "./make-bundle.ts";
import { runCli } from "./run-cli.ts";

const ASSIGNMENT = "assignments/week-2-cancellation.json";
const SITE = "https://school.example/looplab/";
const read = (path: string) => readFile(path, "utf8");
let dir: string;
let link: string;
let linkIdText: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "looplab-link-"));
  const run = await runCli(["assignment", "link", ASSIGNMENT, "--site", SITE]);
  expect(run.code, run.stderr).toBe(0);
  link = run.stdout.trim();
  linkIdText = /carry the id "([^"]+)"/.exec(run.stderr)?.[1] ?? "";
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("course assignment link", { timeout: 120_000 }, () => {
  it("prints the link to the site's link page, with the assignment in its fragment", () => {
    expect(link).toMatch(/^https:\/\/school\.example\/looplab\/assignments\/link\/#a1\.[A-Za-z0-9_-]+$/);
    expect(linkIdText).toMatch(/^week-2-cancellation-[0-9a-f]{10}$/);
  });

  it("prints the same link for the same assignment", async () => {
    const again = await runCli(["assignment", "link", ASSIGNMENT, "--site", SITE.slice(0, -1)]);
    expect(again.stdout.trim()).toBe(link);
  });

  it("refuses a broken file with the schema's messages, printing no link", async () => {
    const file = join(dir, "broken.json");
    await writeFile(file, JSON.stringify({ id: "Week 3", title: "", exercises: ["two-delay"], lang: "de" }));
    const run = await runCli(["assignment", "link", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n").filter((l) => l.startsWith("  - "))).toEqual([
      `  - ${file}: "id" must be lowercase letters, digits and single dashes, like "week-3".`,
      `  - ${file}: "title" must be a non-empty string.`,
      `  - ${file}: "exercises[0]" is not an exercise: there is no "two-delay". Did you mean "two-delays"?`,
      `  - ${file}: "lang" must be one of "en", "ko" (absent: "en").`,
    ]);
  });

  it("refuses a --site that is not an address", async () => {
    const run = await runCli(["assignment", "link", ASSIGNMENT, "--site", "school site"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--site must be the site's address");
  });

  it("checks a link as it checks a file", async () => {
    const run = await runCli(["assignment", "check", link]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'assignment "week-2-cancellation" with 3 exercise(s), hints off, solutions off',
    );
  });
});

describe("course grade-batch --assignment <link>", { timeout: 180_000 }, () => {
  let report: BatchReport;
  let stderr: string;

  beforeAll(async () => {
    const classDir = join(dir, "class");
    await mkdir(classDir, { recursive: true });
    const solved = await makeBundle("cancel-spinner", await read("exercises/cancel-spinner/solution.ts"));
    const viaLink = progressFile(2, [solved], { student: "Ada", assignment: linkIdText });
    const edited = progressFile(2, [solved], {
      student: "Eve",
      assignment: "week-2-cancellation-0000000000",
    });
    await writeFile(join(classDir, "ada.json"), JSON.stringify(viaLink));
    await writeFile(join(classDir, "eve.json"), JSON.stringify(edited));
    const out = join(dir, "report.json");
    const run = await runCli([
      "grade-batch",
      classDir,
      "--assignment",
      link,
      "--format",
      "json",
      "--out",
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    stderr = run.stderr;
    report = JSON.parse(await read(out)) as BatchReport;
  });

  it("grades exactly the link's exercises, under the link's id", () => {
    expect(report.assignment).toBe(linkIdText);
    expect(report.exercises).toEqual(["predict-cancel-order", "cancel-spinner", "cleanup-on-cancel"]);
    const ada = report.students.find((s) => s.student === "Ada");
    expect(ada?.rows.map((r) => [r.exercise, r.status])).toEqual([
      ["predict-cancel-order", "missing"],
      ["cancel-spinner", "pass"],
      ["cleanup-on-cancel", "missing"],
    ]);
  });

  it("names the hand-ins made from another assignment, such as an edited link", () => {
    expect(stderr).toContain(
      '1 progress file(s) were exported for another assignment than "' +
        linkIdText +
        '": Eve (week-2-cancellation-0000000000)',
    );
  });

  it("counts a hand-in from the link as one of the file's own when grading with the file", async () => {
    const out = join(dir, "by-file.json");
    const run = await runCli([
      "grade-batch",
      join(dir, "class"),
      "--assignment",
      ASSIGNMENT,
      "--format",
      "json",
      "--out",
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("1 progress file(s) were exported for another assignment");
    expect(run.stderr).toContain("Eve (");
    expect(run.stderr).not.toContain("Ada (");
    expect((JSON.parse(await read(out)) as BatchReport).assignment).toBe("week-2-cancellation");
  });

  it("explains a damaged link instead of grading", async () => {
    const cut = link.slice(0, -6);
    const run = await runCli(["grade-batch", join(dir, "class"), "--assignment", cut, "--format", "json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("The assignment link is damaged");
  });
});
