/**
 * The class report `grade-batch` writes: one row per student × exercise, and totals per student.
 * The JSON format is this document; CSV, JUnit XML and TAP are views of it.
 */

import type { GradeResult, LoadedExercise } from "../../../grader/index.ts";
import type { ClassFolder } from "./batch-scan.ts";
import type { JobOutcome } from "./batch-pool.ts";

export const BATCH_REPORT_VERSION = 1;

export type RowStatus = "pass" | "fail" | "error" | "missing";

export interface BatchRow {
  student: string;
  exercise: string;
  lesson: string;
  status: RowStatus;
  checksPassed: number;
  checksTotal: number;
  /** Why it did not pass: the first failing check, the error, or the missing file. Null on pass. */
  message: string | null;
  /** The submission, relative to the class folder. */
  file: string;
  /** Wall time spent grading it. */
  seconds: number;
  /** The full result (`course grade --json`), or null when the file is missing. */
  result: GradeResult | null;
}

export interface StudentReport {
  student: string;
  passed: number;
  failed: number;
  errored: number;
  missing: number;
  total: number;
  rows: BatchRow[];
}

export interface BatchReport {
  version: typeof BATCH_REPORT_VERSION;
  courseVersion: string;
  /** When the report was made (ISO 8601). */
  generatedAt: string;
  /** Exercise slugs, in lesson order: the columns of the class. */
  exercises: string[];
  students: StudentReport[];
  /** Files in the class folder that are not submissions. */
  ignored: string[];
  /** Wall time of the whole batch, in seconds. */
  seconds: number;
}

/** The message that explains a result that did not pass. */
export function messageOf(result: GradeResult): string | null {
  if (result.status === "pass") return null;
  if (result.status === "error") return result.message ?? "The program did not run.";
  const failed = result.checks.find((c) => c.status !== "pass");
  return failed === undefined ? null : `${failed.name}: ${failed.message ?? "failed"}`;
}

export function buildReport(input: {
  courseVersion: string;
  exercises: LoadedExercise[];
  folder: ClassFolder;
  outcomes: JobOutcome[];
  seconds: number;
  generatedAt?: string;
}): BatchReport {
  const { folder, outcomes } = input;
  const lessonOf = new Map(input.exercises.map((e) => [e.definition.slug, e.definition.lesson]));
  const order = input.exercises.map((e) => e.definition.slug);
  const rows: BatchRow[] = [];
  folder.jobs.forEach((job, i) => {
    const outcome = outcomes[i];
    const lesson = lessonOf.get(job.exercise) ?? "";
    const base = {
      student: job.student,
      exercise: job.exercise,
      lesson,
      file: job.file,
      seconds: round(outcome.seconds),
    };
    if ("crash" in outcome) {
      const message = `The grader failed on this submission: ${outcome.crash.split("\n")[0]}`;
      rows.push({ ...base, status: "error", checksPassed: 0, checksTotal: 0, message, result: null });
      return;
    }
    const { result } = outcome;
    rows.push({
      ...base,
      status: result.status,
      checksPassed: result.checks.filter((c) => c.status === "pass").length,
      checksTotal: result.checks.length,
      message: messageOf(result),
      result,
    });
  });
  for (const gap of folder.missing) {
    rows.push({
      student: gap.student,
      exercise: gap.exercise,
      lesson: lessonOf.get(gap.exercise) ?? "",
      status: "missing",
      checksPassed: 0,
      checksTotal: 0,
      message: `No submission: ${gap.file} is missing.`,
      file: gap.file,
      seconds: 0,
      result: null,
    });
  }
  const position = (slug: string): number => order.indexOf(slug);
  const students = folder.students.map((student) => {
    const own = rows
      .filter((row) => row.student === student)
      .sort((a, b) => position(a.exercise) - position(b.exercise));
    const count = (status: RowStatus): number => own.filter((row) => row.status === status).length;
    return {
      student,
      passed: count("pass"),
      failed: count("fail"),
      errored: count("error"),
      missing: count("missing"),
      total: own.length,
      rows: own,
    };
  });
  return {
    version: BATCH_REPORT_VERSION,
    courseVersion: input.courseVersion,
    generatedAt: input.generatedAt ?? new Date().toISOString(),
    exercises: order,
    students,
    ignored: folder.ignored,
    seconds: round(input.seconds),
  };
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
