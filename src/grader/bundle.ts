/**
 * The submission bundle: what the site exports when a learner hands in an exercise, and what
 * `course grade` accepts. It carries the code, the course version and the result with the trace
 * hash, so a teacher can re-grade it and check that it reproduces the same run.
 *
 * ```json
 * { "format": "looplab-submission", "version": 1, "courseVersion": "0.1.0",
 *   "exercise": "two-delays", "code": "import * as asyncio …", "result": { … },
 *   "traceHash": "sha256:…", "createdAt": "2025-01-31T12:00:00.000Z" }
 * ```
 */

import { DEFAULT_LANG, type Lang } from "../i18n/lang.ts";
import { messagesFor } from "./messages/index.ts";
import { jsonProblem } from "./messages/json-problem.ts";
import type { GradeResult } from "./results.ts";

export const BUNDLE_FORMAT = "looplab-submission";
export const BUNDLE_VERSION = 1;

export interface SubmissionBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  /** The course's `package.json` version when the bundle was made. */
  courseVersion: string;
  /** The exercise slug. */
  exercise: string;
  /** The submission: TypeScript, or the prediction JSON of a predict exercise. */
  code: string;
  /** The result when the bundle was made. */
  result: GradeResult;
  /** Equal to `result.traceHash`: the fingerprint a re-grade must reproduce. */
  traceHash: string;
  /** When the bundle was made (ISO 8601); informative only. */
  createdAt?: string;
  /** Who made it, if the learner said; informative only. */
  student?: string;
}

/** Builds a bundle from a graded submission. */
export function createBundle(input: {
  courseVersion: string;
  code: string;
  result: GradeResult;
  createdAt?: string;
  student?: string;
}): SubmissionBundle {
  const bundle: SubmissionBundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    courseVersion: input.courseVersion,
    exercise: input.result.exercise,
    code: input.code,
    result: input.result,
    traceHash: input.result.traceHash,
  };
  if (input.createdAt !== undefined) bundle.createdAt = input.createdAt;
  if (input.student !== undefined) bundle.student = input.student;
  return bundle;
}

export type ParsedBundle = { ok: true; bundle: SubmissionBundle } | { ok: false; message: string };

/** Whether a parsed JSON value looks like a bundle (the `format` field says so). */
export function isBundleLike(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as { format?: unknown }).format === BUNDLE_FORMAT;
}

/** Validates a bundle's JSON text, naming the field that is wrong, in `lang`. */
export function parseBundle(text: string, file = "bundle", lang: Lang = DEFAULT_LANG): ParsedBundle {
  const messages = messagesFor(lang);
  const m = messages.bundleInput;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: m.notJson({ file, detail: messages.json.problem(jsonProblem(text, error)) }),
    };
  }
  if (!isBundleLike(data)) return { ok: false, message: m.format({ file, format: BUNDLE_FORMAT }) };
  const record = data as Record<string, unknown>;
  if (record.version !== BUNDLE_VERSION) {
    return { ok: false, message: m.version({ file, version: BUNDLE_VERSION }) };
  }
  for (const field of ["courseVersion", "exercise", "code", "traceHash"] as const) {
    if (typeof record[field] !== "string") return { ok: false, message: m.notString({ file, field }) };
  }
  if (!/^sha256:[0-9a-f]{64}$/.test(record.traceHash as string)) {
    return { ok: false, message: m.traceHash(file) };
  }
  const result = record.result as Partial<GradeResult> | undefined;
  if (
    typeof result !== "object" ||
    result === null ||
    !["pass", "fail", "error"].includes(String(result.status))
  ) {
    return { ok: false, message: m.result(file) };
  }
  return { ok: true, bundle: data as SubmissionBundle };
}
