/**
 * The progress file a learner exports (and a teacher collects): the whole progress document plus
 * every exercise's last graded submission as a stand-alone bundle that `course grade` re-grades
 * to the same trace hash.
 *
 * ```json
 * { "format": "looplab-progress", "version": 1, "courseVersion": "0.1.0",
 *   "exportedAt": "…", "student": "Ada", "progress": { "version": 1, … },
 *   "submissions": [ { "format": "looplab-submission", … } ] }
 * ```
 */
import type { SubmissionBundle } from "../grader/bundle.ts";
import { readProgress, type ProgressDocument } from "./progress-store.ts";

export const PROGRESS_FILE_FORMAT = "looplab-progress";
export const PROGRESS_FILE_VERSION = 1;

export interface ProgressFile {
  format: typeof PROGRESS_FILE_FORMAT;
  version: typeof PROGRESS_FILE_VERSION;
  courseVersion: string;
  exportedAt: string;
  /** Who exported it, when the learner typed a name. */
  student?: string;
  progress: ProgressDocument;
  /** The last graded submission of each exercise, in slug order. */
  submissions: SubmissionBundle[];
}

/** Builds the export file of a progress document. */
export function createProgressFile(
  progress: ProgressDocument,
  input: { courseVersion: string; exportedAt: string; student?: string },
): ProgressFile {
  const submissions = Object.keys(progress.exercises)
    .sort()
    .flatMap((slug) => {
      const submission = progress.exercises[slug]?.submission;
      if (!submission) return [];
      return input.student ? [{ ...submission, student: input.student }] : [submission];
    });
  const file: ProgressFile = {
    format: PROGRESS_FILE_FORMAT,
    version: PROGRESS_FILE_VERSION,
    courseVersion: input.courseVersion,
    exportedAt: input.exportedAt,
    progress,
    submissions,
  };
  if (input.student) file.student = input.student;
  return file;
}

/** The outcome of reading an imported file. */
export type ParsedProgressFile =
  { ok: true; progress: ProgressDocument; newer: boolean } | { ok: false; message: string };

/** Reads an exported progress file (or a bare progress document), upgrading it if it is older. */
export function parseProgressFile(text: string): ParsedProgressFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: "This file is not JSON. Choose a file exported from the progress page." };
  }
  if (typeof data !== "object" || data === null) {
    return { ok: false, message: "This file is not a Looplab progress file." };
  }
  const record = data as Record<string, unknown>;
  if (record.format === "looplab-submission") {
    return {
      ok: false,
      message:
        "This is a single submission bundle; it can be graded with `npm run course -- grade`, not imported here.",
    };
  }
  const progress = record.format === PROGRESS_FILE_FORMAT ? record.progress : record;
  const read = readProgress(progress);
  if (!read.ok) return { ok: false, message: `This file is not a Looplab progress file (${read.reason}).` };
  return { ok: true, progress: read.doc, newer: read.newer };
}
