/**
 * The progress file a learner exports (and a teacher collects): the whole progress document plus,
 * per exercise, a stand-alone submission bundle that `course grade` re-grades to the same trace
 * hash.
 *
 * ```json
 * { "format": "looplab-progress", "version": 2, "courseVersion": "0.1.0",
 *   "exportedAt": "…", "student": "Ada", "progress": { "version": 1, … },
 *   "submissions": [ { "format": "looplab-submission", … } ],
 *   "latest": [ { "format": "looplab-submission", … } ] }
 * ```
 *
 * `submissions` holds each exercise's best graded submission: the latest passing one if any,
 * else the latest graded one (so a learner who passed and then tried something else hands in the
 * pass). `latest` holds the latest graded submission of the exercises where it differs.
 * Version 1 files (whose `submissions` are the latest graded ones) stay readable.
 */
import type { SubmissionBundle } from "../grader/bundle.ts";
import { en, type UiMessages } from "../i18n/ui/en.ts";
import { readProgress, type ProgressDocument } from "./progress-store.ts";

export const PROGRESS_FILE_FORMAT = "looplab-progress";
export const PROGRESS_FILE_VERSION = 2;

export interface ProgressFile {
  format: typeof PROGRESS_FILE_FORMAT;
  version: typeof PROGRESS_FILE_VERSION;
  courseVersion: string;
  exportedAt: string;
  /** Who exported it, when the learner typed a name. */
  student?: string;
  /** The assignment the learner works on, when the page was opened from one. */
  assignment?: string;
  progress: ProgressDocument;
  /** The best graded submission of each exercise, in slug order. */
  submissions: SubmissionBundle[];
  /** The latest graded submission of each exercise where it is not the best one, in slug order. */
  latest?: SubmissionBundle[];
}

/** Builds the export file of a progress document. */
export function createProgressFile(
  progress: ProgressDocument,
  input: { courseVersion: string; exportedAt: string; student?: string },
): ProgressFile {
  const sign = (bundle: SubmissionBundle): SubmissionBundle =>
    input.student ? { ...bundle, student: input.student } : bundle;
  const submissions: SubmissionBundle[] = [];
  const latest: SubmissionBundle[] = [];
  for (const slug of Object.keys(progress.exercises).sort()) {
    const entry = progress.exercises[slug];
    const best = entry?.best ?? entry?.submission;
    if (!best) continue;
    submissions.push(sign(best));
    const last = entry?.submission;
    if (last && !sameSubmission(last, best)) latest.push(sign(last));
  }
  const file: ProgressFile = {
    format: PROGRESS_FILE_FORMAT,
    version: PROGRESS_FILE_VERSION,
    courseVersion: input.courseVersion,
    exportedAt: input.exportedAt,
    progress,
    submissions,
  };
  if (input.student) file.student = input.student;
  if (latest.length > 0) file.latest = latest;
  return file;
}

function sameSubmission(a: SubmissionBundle, b: SubmissionBundle): boolean {
  return a.code === b.code && a.traceHash === b.traceHash && a.createdAt === b.createdAt;
}

/**
 * The file name of an export: `<stem>-<name>.json` (`looplab-progress-<name>.json` by default; an
 * assignment's hand-in uses `looplab-<assignment id>`), the name kept as typed (Unicode letters
 * intact: `looplab-progress-김민지.json`); only characters file systems refuse are replaced, and
 * runs of spaces become one `-`.
 */
export function progressFileName(student: string | undefined, stem = "looplab-progress"): string {
  const name = (student ?? "")
    .normalize("NFC")
    .replace(/[\p{Cc}<>:"/\\|?*]+/gu, "_")
    .trim()
    .replace(/\s+/g, "-")
    .replace(/^\.+/, "");
  return name ? `${stem}-${name}.json` : `${stem}.json`;
}

/** The outcome of reading an imported file. */
export type ParsedProgressFile =
  { ok: true; progress: ProgressDocument; newer: boolean } | { ok: false; message: string };

/**
 * Reads an exported progress file (or a bare progress document), upgrading it if it is older.
 * `words` are the messages for a file that cannot be read (the progress page passes its language's).
 */
export function parseProgressFile(
  text: string,
  words: UiMessages["progressFile"] = en.progressFile,
): ParsedProgressFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: words.notJson };
  }
  if (typeof data !== "object" || data === null) {
    return { ok: false, message: words.notAFile };
  }
  const record = data as Record<string, unknown>;
  if (record.format === "looplab-submission") {
    return { ok: false, message: words.bundle };
  }
  const progress = record.format === PROGRESS_FILE_FORMAT ? record.progress : record;
  const read = readProgress(progress);
  if (!read.ok) return { ok: false, message: words.notAFileBecause(read.reason) };
  return { ok: true, progress: read.doc, newer: read.newer };
}
