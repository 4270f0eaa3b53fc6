/**
 * Grading results: Exercism's `results.json` (version 3) shape — `status` pass/fail/error,
 * checks in declaration order, a top-level `message` only for `error` — plus Looplab fields
 * (`exercise`, `traceHash`, and per check the failing `variant` and the trace pointer `at`).
 * And the one-screen report the CLI prints.
 */

import { DEFAULT_LANG, type Lang } from "../i18n/lang.ts";
import { messagesFor } from "./messages/index.ts";
import type { CheckDetails, IntervalPointer, TracePointer } from "./types.ts";

export type ResultStatus = "pass" | "fail" | "error";

export interface CheckResult {
  /** The check's id: its English name in `exercise.ts`, whatever language the grade is in. */
  name: string;
  /**
   * The check's name in the language of the grade, for people to read; present when that
   * language is not English and the exercise has a translation.
   */
  label?: string;
  status: ResultStatus;
  /** Why it failed: expected, happened, where; then explanations and the hint. Absent on pass. */
  message?: string;
  /** The variant it failed in (exercises with several variants). */
  variant?: string;
  /** The world of that variant, as the program saw it. */
  world?: unknown;
  /** The trace event / virtual time / line the failure points at. */
  at?: TracePointer;
  /** The task interval the failure is about (the timeline highlights it). */
  interval?: IntervalPointer;
  /** Matchers and numbers behind the verdict, for tools. */
  details?: CheckDetails;
}

export interface GradeResult {
  version: 3;
  status: ResultStatus;
  /** For `error`: what stopped the program, with the learner's line. */
  message?: string;
  exercise: string;
  checks: CheckResult[];
  /** `sha256:…` of the canonical JSON of the run's traces (see `trace-hash.ts`). */
  traceHash: string;
}

/**
 * The variant whose run a learner should look at: the one the first failed check failed in, or
 * undefined (the first variant's run) when no failure names a variant. The site shows this run,
 * so a check's `at` and `interval` point into the picture only for checks of this variant.
 */
export function featuredVariant(result: GradeResult): string | undefined {
  return result.checks.find((check) => check.status === "fail" && check.variant !== undefined)?.variant;
}

const MARK: Record<ResultStatus, string> = { pass: "✓", fail: "✗", error: "!" };

/**
 * The human report in `lang`: a headline, one line per check (its `label` when it has one), the
 * messages of failed checks indented. `title` is the exercise's title in that language.
 */
export function formatReport(result: GradeResult, title?: string, lang: Lang = DEFAULT_LANG): string {
  const m = messagesFor(lang).report;
  const name = title ? `${result.exercise} — ${title}` : result.exercise;
  const passed = result.checks.filter((c) => c.status === "pass").length;
  const lines: string[] = [];
  if (result.status === "error") {
    lines.push(m.error(name), "", indent(result.message ?? m.didNotRun, "  "));
    return lines.join("\n");
  }
  lines.push(m.headline({ name, status: result.status, passed, total: result.checks.length }));
  for (const check of result.checks) {
    lines.push(`  ${MARK[check.status]} ${check.label ?? check.name}`);
    if (check.status !== "pass" && check.message) lines.push(indent(check.message, "      "));
  }
  return lines.join("\n");
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");
}
