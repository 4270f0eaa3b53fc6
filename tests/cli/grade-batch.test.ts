import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { Parser, type FinalResults } from "tap-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarise } from "../../src/exercise-folders/assemble.ts";
import { loadExercises } from "../../src/exercise-folders/load.ts";
import { csvField, formatBatch } from "../../src/cli/commands/classroom/batch-formats.ts";
import type { BatchReport, BatchRow } from "../../src/cli/commands/classroom/batch-report.ts";
import { byLesson } from "../../src/cli/commands/list.ts";
import { makeClass, type ClassContents } from "./make-class.ts";
import { runCli } from "./run-cli.ts";

const exercises = (await loadExercises()).sort((a, b) => byLesson(summarise(a), summarise(b)));
let dir: string;
let contents: ClassContents;
let report: BatchReport;
let rows: BatchRow[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "looplab-class-"));
  const classDir = join(dir, "class");
  contents = await makeClass(classDir, exercises, { students: 3, skipEvery: 7 });
  await writeFile(join(classDir, "README.md"), "Hand in one file per exercise.\n");
  await writeFile(join(classDir, "student-01", "notes.txt"), "scratch\n");
  await writeFile(join(classDir, "student-02", "two-delays.py"), "print('wrong language')\n");
  await mkdir(join(classDir, ".git"));
  const run = await runCli(["grade-batch", classDir, "--format", "json", "--out", join(dir, "report.json")]);
  expect(run.code, run.stderr).toBe(0);
  report = JSON.parse(await readFile(join(dir, "report.json"), "utf8")) as BatchReport;
  rows = report.students.flatMap((s) => s.rows);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("course grade-batch --format json", () => {
  it("has one row per student × exercise, in lesson order", () => {
    expect(report.students.map((s) => s.student)).toEqual(contents.students);
    expect(report.exercises).toEqual(exercises.map((e) => e.definition.slug));
    for (const student of report.students) {
      expect(student.rows.map((r) => r.exercise)).toEqual(report.exercises);
    }
  });

  it("grades each handed-in file as the submission it is", () => {
    for (const row of rows.filter((r) => r.status !== "missing")) {
      const label = contents.handedIn.get(row.file);
      if (label === "solution") expect(row.status, row.file).toBe("pass");
      else if (label?.startsWith("wrong/")) {
        expect(row.status, row.file).toBe("fail");
        const wrong = exercises
          .find((e) => e.definition.slug === row.exercise)
          ?.wrong.find((w) => w.file === label);
        expect(row.result?.checks.find((c) => c.name === wrong?.fails)?.status).toBe("fail");
      } else expect(row.status, row.file).not.toBe("pass");
    }
  });

  it("reports missing submissions and lists unrelated files", () => {
    const missing = rows.filter((r) => r.status === "missing");
    expect(missing.map((r) => r.file).sort()).toEqual([...contents.missing].sort());
    expect(missing[0].message).toBe(`No submission: ${missing[0].file} is missing.`);
    expect(report.ignored).toEqual(["README.md", "student-01/notes.txt", "student-02/two-delays.py"]);
  });

  it("totals each student's rows", () => {
    for (const student of report.students) {
      const count = (status: string) => student.rows.filter((r) => r.status === status).length;
      expect([student.passed, student.failed, student.errored, student.missing]).toEqual([
        count("pass"),
        count("fail"),
        count("error"),
        count("missing"),
      ]);
      expect(student.total).toBe(exercises.length);
    }
  });

  it("explains every row that did not pass", () => {
    for (const row of rows) {
      if (row.status === "pass") expect(row.message).toBeNull();
      else expect(row.message, row.file).toMatch(/\S/);
    }
  });
});

describe("course grade-batch --format csv", () => {
  it("writes RFC 4180 rows: a header, one row per submission, one total row per student", () => {
    const table = parseCsv(formatBatch(report, "csv"));
    expect(table[0]).toEqual(["student", "exercise", "lesson", "status", "passed", "total", "message"]);
    expect(table.length).toBe(1 + rows.length + report.students.length);
    const firstFail = rows.find((r) => r.status === "fail");
    const line = table.find((r) => r[0] === firstFail?.student && r[1] === firstFail.exercise);
    expect(line?.[6]).toBe(firstFail?.message);
    const totals = table.filter((r) => r[1] === "(all)");
    expect(totals.map((r) => [r[0], r[3], Number(r[4]), Number(r[5])])).toEqual(
      report.students.map((s) => [s.student, "total", s.passed, s.total]),
    );
  });

  it("quotes separators and neutralises spreadsheet formulas", () => {
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField(-1)).toBe("-1");
  });
});

/** Elements and attributes the Jenkins JUnit schema (xunit junit-10) allows, and GitLab reads. */
const JUNIT_ATTRIBUTES: Record<string, string[]> = {
  testsuites: ["name", "time", "tests", "failures", "disabled", "errors"],
  testsuite: [
    "name",
    "tests",
    "failures",
    "errors",
    "time",
    "disabled",
    "skipped",
    "skips",
    "timestamp",
    "hostname",
    "id",
    "package",
    "assertions",
    "file",
    "skip",
    "log",
    "url",
  ],
  testcase: [
    "name",
    "assertions",
    "time",
    "timestamp",
    "classname",
    "status",
    "class",
    "file",
    "line",
    "log",
    "group",
    "url",
  ],
  failure: ["type", "message"],
  error: ["type", "message"],
  skipped: ["type", "message"],
  properties: [],
  property: ["name", "value"],
};
const JUNIT_CHILDREN: Record<string, string[]> = {
  testsuites: ["testsuite"],
  testsuite: ["testsuite", "properties", "testcase", "system-out", "system-err"],
  testcase: ["skipped", "error", "failure", "system-out", "system-err"],
  properties: ["property"],
};

describe("course grade-batch --format junit", () => {
  const xml = () => formatBatch(report, "junit");

  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml())).toBe(true);
  });

  it("uses only the elements and attributes JUnit consumers know, with the required ones present", () => {
    const tree = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      preserveOrder: true,
    }).parse(xml()) as Node[];
    const root = tree.find((node) => "testsuites" in node);
    expect(root).toBeDefined();
    walk(root as Node);
  });

  it("has one suite per student with counts that match its test cases", () => {
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      isArray: (name) => ["testsuite", "testcase"].includes(name),
    }).parse(xml()) as { testsuites: { "@tests": string; testsuite: Suite[] } };
    expect(Number(doc.testsuites["@tests"])).toBe(rows.length);
    expect(doc.testsuites.testsuite.map((s) => s["@name"])).toEqual(contents.students);
    for (const suite of doc.testsuites.testsuite) {
      const cases = suite.testcase;
      expect(Number(suite["@tests"])).toBe(cases.length);
      expect(Number(suite["@failures"])).toBe(cases.filter((c) => c.failure !== undefined).length);
      expect(Number(suite["@errors"])).toBe(cases.filter((c) => c.error !== undefined).length);
      expect(Number(suite["@skipped"])).toBe(cases.filter((c) => c.skipped !== undefined).length);
      for (const testcase of cases) {
        expect(testcase["@classname"]).toBe(suite["@name"]);
        expect(Number(testcase["@time"])).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("escapes markup and drops characters XML cannot hold", () => {
    const tricky: BatchReport = structuredClone(report);
    tricky.students[0].rows[0] = {
      ...tricky.students[0].rows[0],
      status: "fail",
      message: 'a <b> & "c"\u0007',
      result: null,
    };
    const text = formatBatch(tricky, "junit");
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('message="a &lt;b&gt; &amp; &quot;c&quot;"');
  });
});

describe("course grade-batch --format tap", () => {
  it("is TAP version 13 that a TAP parser reads without complaint", async () => {
    const tap = formatBatch(report, "tap");
    expect(tap.startsWith("TAP version 13\n")).toBe(true);
    const result = await parseTap(tap);
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    expect(result.plan.end).toBe(rows.length);
    expect(result.count).toBe(rows.length);
    expect(result.fail).toBe(count("fail") + count("error"));
    expect(result.skip).toBe(count("missing"));
    expect(result.failures.every((f) => !("tapError" in f) || !f.tapError)).toBe(true);
    const firstFail = rows.find((r) => r.status === "fail");
    const point = result.failures.find((f) => f.name === `${firstFail?.student} ${firstFail?.exercise}`);
    expect(point?.diag).toMatchObject({
      message: firstFail?.message,
      severity: "fail",
      file: firstFail?.file,
    });
  });

  it("escapes # in descriptions so it does not start a directive", async () => {
    const tricky: BatchReport = structuredClone(report);
    tricky.students[0].student = "c#-fan";
    tricky.students[0].rows = tricky.students[0].rows.map((row) => ({ ...row, student: "c#-fan" }));
    const result = await parseTap(formatBatch(tricky, "tap"));
    expect(result.failures.every((f) => !("tapError" in f) || !f.tapError)).toBe(true);
    expect(result.skip).toBe(rows.filter((r) => r.status === "missing").length);
  });
});

describe("course grade-batch (command line)", () => {
  it("prints TAP to standard output and a summary to standard error", async () => {
    const run = await runCli(["grade-batch", join(dir, "class"), "--format", "tap", "--jobs", "1"]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("TAP version 13\n")).toBe(true);
    const handedIn = contents.handedIn.size;
    expect(run.stderr).toContain(`Graded ${handedIn} submissions of 3 students in `);
    expect(run.stderr).toContain(
      `(1 worker thread); ${contents.missing.length} missing; ignored 3 unrelated file(s)`,
    );
  }, 120_000);

  it("rejects an unknown format with exit code 2", async () => {
    const run = await runCli(["grade-batch", join(dir, "class"), "--format", "xml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--format must be one of json, csv, junit, tap, classroom, moodle, canvas.");
  });
});

type Node = Record<string, unknown> & { ":@"?: Record<string, string> };
interface Suite {
  "@name": string;
  "@tests": string;
  "@failures": string;
  "@errors": string;
  "@skipped": string;
  testcase: ({ "@classname": string; "@time": string } & Partial<
    Record<"failure" | "error" | "skipped", unknown>
  >)[];
}

/** Checks a `preserveOrder` XML node against the JUnit vocabulary, recursively. */
function walk(node: Node): void {
  const name = Object.keys(node).find((key) => key !== ":@");
  if (name === undefined || name === "#text") return;
  const attributes = Object.keys(node[":@"] ?? {}).map((a) => a.slice(1));
  if (name in JUNIT_ATTRIBUTES) {
    for (const attribute of attributes)
      expect(JUNIT_ATTRIBUTES[name], `<${name} ${attribute}>`).toContain(attribute);
  }
  if (name === "testsuite") expect(attributes).toContain("tests");
  if (name === "testcase") expect(attributes).toEqual(expect.arrayContaining(["name", "classname", "time"]));
  if (name === "property") expect(attributes).toEqual(["name", "value"]);
  for (const child of node[name] as Node[]) {
    const childName = Object.keys(child).find((key) => key !== ":@");
    if (childName === "#text") continue;
    if (name in JUNIT_CHILDREN)
      expect(JUNIT_CHILDREN[name], `<${name}> > <${childName}>`).toContain(childName);
    walk(child);
  }
}

function parseTap(text: string): Promise<FinalResults> {
  return new Promise((resolve) => {
    const parser = new Parser((results: FinalResults) => resolve(results));
    parser.end(text);
  });
}

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  return records;
}
