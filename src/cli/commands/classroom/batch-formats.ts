/**
 * The class report as CSV (RFC 4180), JUnit XML (as GitLab and Jenkins read it) and TAP version 13.
 *
 * - CSV: one row per student × exercise, then one `(all)` row per student with the totals.
 * - JUnit: one `<testsuite>` per student, one `<testcase>` per exercise; a failed submission is a
 *   `<failure>`, one that did not run an `<error>`, a missing one `<skipped>`.
 * - TAP 13: one test point per student × exercise, missing ones as `# SKIP`, failures with a YAML
 *   diagnostic block, per-student totals as comments.
 * - `classroom` (GitHub Classroom autograding), `moodle` and `canvas` (gradebook CSV): see
 *   `github-classroom.ts` and `gradebook.ts`.
 */

import { formatReport } from "../../../grader/index.ts";
import { DEFAULT_LANG, type Lang } from "../../../i18n/lang.ts";
import { cliMessages } from "../../messages/index.ts";
import type { BatchReport, BatchRow } from "./batch-report.ts";
import { csvField } from "./csv.ts";
import { toClassroom } from "./github-classroom.ts";
import { toCanvas, toMoodle, type GradebookOptions } from "./gradebook.ts";

export { csvField } from "./csv.ts";

export const FORMATS = ["json", "csv", "junit", "tap", "classroom", "moodle", "canvas"] as const;
export type BatchFormat = (typeof FORMATS)[number];

/**
 * The report in `format`; throws when the report does not fit it (`classroom` takes one student).
 * `lang` is the language the report was graded in: its human text (JUnit's failure bodies,
 * totals, skip reasons) is in that language; ids, statuses and field names stay English.
 */
export function formatBatch(
  report: BatchReport,
  format: BatchFormat,
  options: GradebookOptions & { lang?: Lang } = { total: false },
): string {
  const lang = options.lang ?? DEFAULT_LANG;
  switch (format) {
    case "classroom":
      return `${JSON.stringify(toClassroom(report, lang), null, 2)}\n`;
    case "moodle":
      return toMoodle(report, options);
    case "canvas":
      return toCanvas(report, options);
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "csv":
      return toCsv(report, lang);
    case "junit":
      return toJUnit(report, lang);
    case "tap":
      return toTap(report, lang);
  }
}

// ---- CSV ----------------------------------------------------------------------------------

const CSV_HEADER = ["student", "exercise", "lesson", "status", "passed", "total", "message"];

function toCsv(report: BatchReport, lang: Lang): string {
  const lines = [CSV_HEADER.map(csvField).join(",")];
  for (const student of report.students) {
    for (const row of student.rows) {
      lines.push(
        [
          row.student,
          row.exercise,
          row.lesson,
          row.status,
          row.checksPassed,
          row.checksTotal,
          row.message ?? "",
        ]
          .map(csvField)
          .join(","),
      );
    }
    lines.push(
      [
        student.student,
        "(all)",
        "",
        "total",
        student.passed,
        student.total,
        cliMessages(lang).batch.totals(student),
      ]
        .map(csvField)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

// ---- JUnit XML -----------------------------------------------------------------------------

function toJUnit(report: BatchReport, lang: Lang): string {
  const all = report.students.flatMap((s) => s.rows);
  const count = (rows: BatchRow[], status: BatchRow["status"]) =>
    rows.filter((r) => r.status === status).length;
  const time = (rows: BatchRow[]) => rows.reduce((sum, r) => sum + r.seconds, 0).toFixed(3);
  const timestamp = report.generatedAt.replace(/\.\d+Z$/, "");
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="looplab grade-batch" tests="${all.length}" failures="${count(all, "fail")}" ` +
      `errors="${count(all, "error")}" time="${report.seconds.toFixed(3)}">`,
  );
  for (const student of report.students) {
    const rows = student.rows;
    out.push(
      `  <testsuite name=${attr(student.student)} tests="${rows.length}" failures="${student.failed}" ` +
        `errors="${student.errored}" skipped="${student.missing}" time="${time(rows)}" timestamp="${timestamp}">`,
    );
    out.push(`    <properties>`);
    out.push(`      <property name="courseVersion" value=${attr(report.courseVersion)}/>`);
    out.push(`    </properties>`);
    for (const row of rows) {
      const open = `    <testcase name=${attr(row.exercise)} classname=${attr(row.student)} file=${attr(row.file)} time="${row.seconds.toFixed(3)}"`;
      if (row.status === "pass") {
        out.push(`${open}/>`);
        continue;
      }
      out.push(`${open}>`);
      const message = attr(firstLine(row.message ?? ""));
      if (row.status === "missing") out.push(`      <skipped message=${message}/>`);
      else {
        const tag = row.status === "fail" ? "failure" : "error";
        const body = row.result === null ? (row.message ?? "") : formatReport(row.result, undefined, lang);
        out.push(`      <${tag} type="${row.status}" message=${message}>${text(body)}</${tag}>`);
      }
      out.push(`    </testcase>`);
    }
    out.push(`  </testsuite>`);
  }
  out.push(`</testsuites>`);
  return `${out.join("\n")}\n`;
}

/** XML 1.0 forbids most control characters even when escaped; drop them. */
function xmlSafe(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

function text(value: string): string {
  return xmlSafe(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attr(value: string): string {
  return `"${text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;")}"`;
}

function firstLine(value: string): string {
  return value.split("\n")[0];
}

// ---- TAP 13 ------------------------------------------------------------------------------

function toTap(report: BatchReport, lang: Lang): string {
  const m = cliMessages(lang).batch;
  const rows = report.students.flatMap((s) => s.rows);
  const out = ["TAP version 13", `1..${rows.length}`];
  let n = 0;
  for (const student of report.students) {
    out.push(`# ${tapText(student.student)}: ${m.totalsOf(student)}`);
    for (const row of student.rows) {
      n++;
      const description = `${tapText(row.student)} ${tapText(row.exercise)}`;
      if (row.status === "pass") out.push(`ok ${n} - ${description}`);
      else if (row.status === "missing")
        out.push(`ok ${n} - ${description} # SKIP ${m.noSubmission(tapText(row.file))}`);
      else {
        out.push(`not ok ${n} - ${description}`);
        out.push("  ---");
        out.push(`  message: ${JSON.stringify(row.message ?? "")}`);
        out.push(`  severity: ${row.status === "fail" ? "fail" : "error"}`);
        out.push(`  checks: ${JSON.stringify(`${row.checksPassed}/${row.checksTotal}`)}`);
        out.push(`  file: ${JSON.stringify(row.file)}`);
        out.push("  ...");
      }
    }
  }
  return `${out.join("\n")}\n`;
}

/** A description or comment fragment: `#` would start a directive and line breaks end the line. */
function tapText(value: string): string {
  return value
    .replace(/[\r\n]+/g, " ")
    .replace(/\\/g, "\\\\")
    .replace(/#/g, "\\#");
}
