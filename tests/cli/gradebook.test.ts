import { describe, expect, it } from "vitest";
import { formatBatch } from "../../src/cli/commands/classroom/batch-formats.ts";
import type { BatchReport, BatchRow, RowStatus } from "../../src/cli/commands/classroom/batch-report.ts";

function row(student: string, exercise: string, status: RowStatus): BatchRow {
  return {
    student,
    exercise,
    lesson: "05-futures-and-tasks",
    status,
    checksPassed: status === "pass" ? 2 : 0,
    checksTotal: 2,
    message: status === "pass" ? null : "failed",
    file: `${student}/${exercise}.ts`,
    seconds: 0,
    result: null,
  };
}

function report(points?: number): BatchReport {
  const students = [
    ["ada@school.example", ["pass", "fail"]],
    ["김민지", ["missing", "pass"]],
  ] as const;
  return {
    version: 1,
    courseVersion: "0.1.0",
    generatedAt: "1970-01-01T00:00:00.000Z",
    exercises: ["two-delays", "gather-factorials"],
    students: students.map(([student, statuses]) => ({
      student,
      passed: statuses.filter((s) => s === "pass").length,
      failed: statuses.filter((s) => s === "fail").length,
      errored: 0,
      missing: statuses.filter((s) => s === "missing").length,
      total: 2,
      rows: [row(student, "two-delays", statuses[0]), row(student, "gather-factorials", statuses[1])],
    })),
    ignored: [],
    seconds: 0,
    ...(points === undefined ? {} : { assignment: "week-1", points }),
  };
}

describe("grade-batch --format moodle", () => {
  it("has the identifier first, then the points of each exercise", () => {
    expect(formatBatch(report(), "moodle")).toBe(
      "Identifier,Looplab: two-delays,Looplab: gather-factorials\r\n" +
        "ada@school.example,1,0\r\n" +
        "김민지,0,1\r\n",
    );
  });

  it("with --total has one column with the sum, named after the assignment", () => {
    expect(formatBatch(report(10), "moodle", { total: true })).toBe(
      "Identifier,week-1 total\r\nada@school.example,10\r\n김민지,10\r\n",
    );
  });
});

describe("grade-batch --format canvas", () => {
  it("has the five columns Canvas requires, a Points Possible row, and the login in SIS Login ID", () => {
    expect(formatBatch(report(10), "canvas")).toBe(
      "Student,ID,SIS User ID,SIS Login ID,Section,week-1: two-delays,week-1: gather-factorials\r\n" +
        "Points Possible,,,,,10,10\r\n" +
        "ada@school.example,,,ada@school.example,,10,0\r\n" +
        "김민지,,,김민지,,0,10\r\n",
    );
  });

  it("with --total gives the total's maximum as its points possible", () => {
    const lines = formatBatch(report(10), "canvas", { total: true }).split("\r\n");
    expect(lines[0]).toBe("Student,ID,SIS User ID,SIS Login ID,Section,week-1 total");
    expect(lines[1]).toBe("Points Possible,,,,,20");
  });
});

describe("grade-batch --format classroom", () => {
  it("is GitHub Classroom's result: one test per exercise, scored by the assignment's points", () => {
    const one = report(10);
    one.students = one.students.slice(0, 1);
    const result = JSON.parse(formatBatch(one, "classroom")) as {
      version: number;
      status: string;
      max_score: number;
      tests: { name: string; status: string; score: number; message: string }[];
    };
    expect(result).toMatchObject({ version: 1, status: "fail", max_score: 20 });
    expect(result.tests.map((t) => [t.name, t.status, t.score, t.message])).toEqual([
      ["two-delays", "pass", 10, "All 2 checks passed."],
      ["gather-factorials", "fail", 0, "failed"],
    ]);
  });

  it("refuses a report of several students", () => {
    expect(() => formatBatch(report(), "classroom")).toThrow(/reports one student/);
  });
});
