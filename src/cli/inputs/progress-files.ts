/**
 * Reads the progress files learners export from the site's progress page, as a teacher collects
 * them: `{ format: "looplab-progress", version: 1 | 2, courseVersion, exportedAt, student?,
 * assignment?, progress, submissions, latest? }`. `submissions` holds one submission bundle per
 * exercise: in version 2 its best graded submission (the latest passing one, else the latest
 * graded); in version 1 the last graded one. Those are what a teacher grades.
 */

import { parseBundle, type SubmissionBundle } from "../../grader/index.ts";
import { DEFAULT_LANG, type Lang } from "../../i18n/lang.ts";
import { cliMessages } from "../messages/index.ts";
import { parseJson } from "./read-json.ts";

export const PROGRESS_FORMAT = "looplab-progress";
/** The progress file versions this command reads. */
export const PROGRESS_VERSIONS = [1, 2] as const;

export interface HandedIn {
  /** The name the learner typed before exporting, if any. */
  student?: string;
  /** The assignment the export was made for, if any. */
  assignment?: string;
  courseVersion: string;
  version: (typeof PROGRESS_VERSIONS)[number];
  /** One bundle per exercise. */
  submissions: SubmissionBundle[];
}

export type ParsedProgress = { ok: true; file: HandedIn } | { ok: false; message: string };

/** Whether parsed JSON says it is a progress file (its `format` field). */
export function isProgressLike(data: unknown): boolean {
  return (
    typeof data === "object" && data !== null && (data as { format?: unknown }).format === PROGRESS_FORMAT
  );
}

/** Validates a progress file's text, naming the file and the field that is wrong, in `lang`. */
export function parseProgressFile(text: string, file: string, lang: Lang = DEFAULT_LANG): ParsedProgress {
  const m = cliMessages(lang).inputs;
  const parsed = parseJson(text, file, lang);
  if (!parsed.ok) return parsed;
  if (!isProgressLike(parsed.data)) {
    return { ok: false, message: m.progressFormat({ file, format: PROGRESS_FORMAT }) };
  }
  const record = parsed.data as Record<string, unknown>;
  const version = record.version;
  if (version !== 1 && version !== 2) {
    return { ok: false, message: m.progressVersion({ file, versions: PROGRESS_VERSIONS }) };
  }
  for (const field of ["student", "assignment"] as const) {
    if (record[field] !== undefined && typeof record[field] !== "string") {
      return { ok: false, message: m.notString({ file, field }) };
    }
  }
  if (!Array.isArray(record.submissions)) {
    return { ok: false, message: m.submissionsNotArray(file) };
  }
  const submissions: SubmissionBundle[] = [];
  for (const [i, entry] of (record.submissions as unknown[]).entries()) {
    const bundle = parseBundle(JSON.stringify(entry), `${file}: submissions[${i}]`, lang);
    if (!bundle.ok) return bundle;
    submissions.push(bundle.bundle);
  }
  const handedIn: HandedIn = {
    courseVersion: typeof record.courseVersion === "string" ? record.courseVersion : "unknown",
    version,
    submissions,
  };
  const student = typeof record.student === "string" ? record.student.trim() : "";
  if (student !== "") handedIn.student = student;
  if (typeof record.assignment === "string") handedIn.assignment = record.assignment;
  return { ok: true, file: handedIn };
}
