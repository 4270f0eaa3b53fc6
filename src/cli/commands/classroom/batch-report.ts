/**
 * The class report `grade-batch` writes: one row per student × exercise, and totals per student.
 * The JSON format is this document; CSV, JUnit XML and TAP are views of it.
 */

import { messagesFor, type GradeResult, type LoadedExercise } from "../../../grader/index.ts";
import { DEFAULT_LANG, type Lang } from "../../../i18n/lang.ts";
import { cliMessages } from "../../messages/index.ts";
import { ignoredOf, jobsOf, type BatchJob, type ClassFolder } from "./batch-scan.ts";
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
  /** For a submission from a progress file: whether the re-grade gave the trace hash it carried. */
  reproduced?: boolean;
}

/** The share of a class one `--shard i/n` run grades: `index` counts from 1. */
export interface Shard {
  index: number;
  count: number;
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
  /** The assignment's id, when the batch graded one. */
  assignment?: string;
  /** Points a passed exercise is worth in gradebooks (the assignment's; absent means 1). */
  points?: number;
  /** Present in the report of one shard; `course merge-reports` combines them. */
  shard?: Shard;
}

/**
 * The message that explains a result that did not pass: the first failed check, named by its
 * label (the check's name in the grade's language) when it has one.
 */
export function messageOf(result: GradeResult, lang: Lang = DEFAULT_LANG): string | null {
  if (result.status === "pass") return null;
  const m = messagesFor(lang);
  if (result.status === "error") return result.message ?? m.report.didNotRun;
  const failed = result.checks.find((c) => c.status !== "pass");
  return failed === undefined
    ? null
    : `${failed.label ?? failed.name}: ${failed.message ?? m.grading.checkFailed}`;
}

export function buildReport(input: {
  courseVersion: string;
  exercises: LoadedExercise[];
  folder: ClassFolder;
  /** One per job of `jobsOf(folder)`, in that order. */
  outcomes: JobOutcome[];
  seconds: number;
  generatedAt?: string;
  /** The assignment graded, when `--assignment` chose the exercises. */
  assignment?: string;
  /** Points a passed exercise is worth. */
  points?: number;
  /** Which share of the class this report holds, when `--shard` split it. */
  shard?: Shard;
  /** The language the outcomes were graded in, for the messages the report adds itself. */
  lang?: Lang;
}): BatchReport {
  const { folder } = input;
  const lessonOf = new Map(input.exercises.map((e) => [e.definition.slug, e.definition.lesson]));
  const order = input.exercises.map((e) => e.definition.slug);
  const position = (slug: string): number => order.indexOf(slug);
  const outcomeOf = new Map(jobsOf(folder).map((job, i) => [job, input.outcomes[i]]));
  const students = folder.students.map((student): StudentReport => {
    const rows: BatchRow[] = student.jobs.map((job) =>
      rowOf(job, outcomeOf.get(job), lessonOf, input.lang ?? DEFAULT_LANG),
    );
    for (const gap of student.missing) {
      rows.push({
        student: gap.student,
        exercise: gap.exercise,
        lesson: lessonOf.get(gap.exercise) ?? "",
        status: "missing",
        checksPassed: 0,
        checksTotal: 0,
        message: gap.message,
        file: gap.file,
        seconds: 0,
        result: null,
      });
    }
    rows.sort((a, b) => position(a.exercise) - position(b.exercise));
    const count = (status: RowStatus): number => rows.filter((row) => row.status === status).length;
    return {
      student: student.student,
      passed: count("pass"),
      failed: count("fail"),
      errored: count("error"),
      missing: count("missing"),
      total: rows.length,
      rows,
    };
  });
  const report: BatchReport = {
    version: BATCH_REPORT_VERSION,
    courseVersion: input.courseVersion,
    generatedAt: input.generatedAt ?? new Date().toISOString(),
    exercises: order,
    students,
    ignored: ignoredOf(folder),
    seconds: round(input.seconds),
  };
  if (input.assignment !== undefined) report.assignment = input.assignment;
  if (input.points !== undefined) report.points = input.points;
  if (input.shard !== undefined) report.shard = input.shard;
  return report;
}

function rowOf(
  job: BatchJob,
  outcome: JobOutcome | undefined,
  lessonOf: Map<string, string>,
  lang: Lang,
): BatchRow {
  const m = cliMessages(lang).batch;
  const base = {
    student: job.student,
    exercise: job.exercise,
    lesson: lessonOf.get(job.exercise) ?? "",
    file: job.file,
    seconds: round(outcome?.seconds ?? 0),
  };
  if (outcome === undefined || "crash" in outcome) {
    const why = outcome === undefined ? m.notGraded : outcome.crash.split("\n")[0];
    const message = m.graderFailed(why);
    return { ...base, status: "error", checksPassed: 0, checksTotal: 0, message, result: null };
  }
  const { result } = outcome;
  const row: BatchRow = {
    ...base,
    status: result.status,
    checksPassed: result.checks.filter((c) => c.status === "pass").length,
    checksTotal: result.checks.length,
    message: messageOf(result, lang),
    result,
  };
  if (job.traceHash !== undefined) row.reproduced = job.traceHash === result.traceHash;
  return row;
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
