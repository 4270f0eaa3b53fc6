/**
 * Gradebook CSV files that Moodle's and Canvas's grade import read as they are: one row per
 * student, the student's identifier (the student's folder or progress-file name, which should
 * therefore be the LMS username or e-mail address), and a column per exercise holding the points
 * earned (the assignment's `points` for a pass, else 0) — or, with `total`, one column with the sum.
 * Import steps: docs/classroom.md, "Gradebooks".
 */

import type { BatchReport, StudentReport } from "./batch-report.ts";
import { csvField } from "./csv.ts";

export interface GradebookOptions {
  /** One total column instead of one column per exercise. */
  total: boolean;
}

/** Column title of an exercise: also the name of the grade item or assignment the LMS creates. */
function columnOf(report: BatchReport, slug: string): string {
  return report.assignment === undefined ? `Looplab: ${slug}` : `${report.assignment}: ${slug}`;
}

function totalColumn(report: BatchReport): string {
  return report.assignment === undefined ? "Looplab total" : `${report.assignment} total`;
}

function scores(report: BatchReport, student: StudentReport, options: GradebookOptions): number[] {
  const points = report.points ?? 1;
  const earned = report.exercises.map((slug) =>
    student.rows.some((r) => r.exercise === slug && r.status === "pass") ? points : 0,
  );
  return options.total ? [earned.reduce((a, b) => a + b, 0)] : earned;
}

function titles(report: BatchReport, options: GradebookOptions): string[] {
  return options.total ? [totalColumn(report)] : report.exercises.map((slug) => columnOf(report, slug));
}

function lines(rows: (string | number)[][]): string {
  return `${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/**
 * Moodle (Grades → Import → CSV file): the first column identifies the user; Moodle asks which
 * user field it holds (username, e-mail address or ID number) and which grade item each other
 * column maps to (an existing one, or a new grade item).
 */
export function toMoodle(report: BatchReport, options: GradebookOptions): string {
  const header = ["Identifier", ...titles(report, options)];
  return lines([header, ...report.students.map((s) => [s.student, ...scores(report, s, options)])]);
}

/**
 * Canvas (Grades → Import): Canvas requires the columns Student, ID, SIS User ID, SIS Login ID
 * and Section, matches a row by ID, else SIS User ID, else SIS Login ID, and reads the second row
 * ("Points Possible") as each new assignment's maximum. The identifier goes to SIS Login ID (the
 * login the student signs in with); ID stays empty.
 */
export function toCanvas(report: BatchReport, options: GradebookOptions): string {
  const columns = titles(report, options);
  const maximum = (report.points ?? 1) * (options.total ? report.exercises.length : 1);
  const header = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", ...columns];
  const possible = ["Points Possible", "", "", "", "", ...columns.map(() => maximum)];
  const rows = report.students.map((s) => [s.student, "", "", s.student, "", ...scores(report, s, options)]);
  return lines([header, possible, ...rows]);
}
