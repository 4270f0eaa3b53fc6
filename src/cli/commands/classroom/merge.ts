/**
 * Combines the JSON reports of `grade-batch --shard i/n` runs into the report one unsharded run
 * gives: students in code-point order, ignored files merged, wall times added up. Reports of one
 * run that was not sharded pass through unchanged, so `merge-reports` also converts a JSON
 * report into the other formats.
 */

import { DEFAULT_LANG, type Lang } from "../../../i18n/lang.ts";
import { cliMessages } from "../../messages/index.ts";
import { BATCH_REPORT_VERSION, type BatchReport } from "./batch-report.ts";
import { byCodePoint } from "./batch-scan.ts";

export type Merged = { ok: true; report: BatchReport } | { ok: false; message: string };

/**
 * Merges `reports` (named by `files` in messages, which are in `lang`), checking that they are
 * the shares of one class.
 */
export function mergeReports(reports: BatchReport[], files: string[], lang: Lang = DEFAULT_LANG): Merged {
  const m = cliMessages(lang).merge;
  const fail = (message: string): Merged => ({ ok: false, message });
  if (reports.length === 0) return fail(m.expectedReports);
  for (const [i, report] of reports.entries()) {
    if (report.version !== BATCH_REPORT_VERSION || !Array.isArray(report.students)) {
      return fail(m.notAReport({ file: files[i], version: BATCH_REPORT_VERSION }));
    }
  }
  const first = reports[0];
  const count = first.shard?.count;
  if (reports.length > 1 || count !== undefined) {
    const seen = new Set<number>();
    for (const [i, report] of reports.entries()) {
      if (report.shard === undefined || report.shard.count !== count) {
        return fail(m.notAShard({ file: files[i], count: count ?? null }));
      }
      if (seen.has(report.shard.index))
        return fail(m.repeatsShard({ file: files[i], index: report.shard.index, count: report.shard.count }));
      seen.add(report.shard.index);
      for (const field of ["courseVersion", "assignment", "points", "generatedAt"] as const) {
        if (JSON.stringify(report[field]) !== JSON.stringify(first[field])) {
          return fail(m.differs({ file: files[i], first: files[0], field }));
        }
      }
      if (JSON.stringify(report.exercises) !== JSON.stringify(first.exercises)) {
        return fail(m.otherExercises({ file: files[i], first: files[0] }));
      }
    }
    const absent = Array.from({ length: count ?? 0 }, (_, k) => k + 1).filter((k) => !seen.has(k));
    if (absent.length > 0) return fail(m.missingShards(absent.map((k) => `${k}/${count}`)));
  }

  const students = reports.flatMap((r) => r.students).sort((a, b) => byCodePoint(a.student, b.student));
  const ignored = [...new Set(reports.flatMap((r) => r.ignored))].sort(byCodePoint);
  const seconds = Math.round(reports.reduce((sum, r) => sum + r.seconds, 0) * 1000) / 1000;
  const report: BatchReport = {
    version: BATCH_REPORT_VERSION,
    courseVersion: first.courseVersion,
    generatedAt: first.generatedAt,
    exercises: first.exercises,
    students,
    ignored,
    seconds,
  };
  if (first.assignment !== undefined) report.assignment = first.assignment;
  if (first.points !== undefined) report.points = first.points;
  return { ok: true, report };
}
