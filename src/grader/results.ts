/**
 * Grading results: Exercism's `results.json` (version 3) shape — `status` pass/fail/error,
 * checks in declaration order, a top-level `message` only for `error` — plus Looplab fields
 * (`exercise`, `traceHash`, and per check the failing `variant` and the trace pointer `at`).
 * And the one-screen report the CLI prints.
 */

import type { CheckDetails, IntervalPointer, TracePointer } from "./types.ts";

export type ResultStatus = "pass" | "fail" | "error";

export interface CheckResult {
  name: string;
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

/** The human report: a headline, one line per check, the messages of failed checks indented. */
export function formatReport(result: GradeResult, title?: string): string {
  const name = title ? `${result.exercise} — ${title}` : result.exercise;
  const passed = result.checks.filter((c) => c.status === "pass").length;
  const lines: string[] = [];
  if (result.status === "error") {
    lines.push(`${name}: ERROR`, "", indent(result.message ?? "The program did not run.", "  "));
    return lines.join("\n");
  }
  lines.push(`${name}: ${result.status.toUpperCase()} (${passed}/${result.checks.length} checks)`);
  for (const check of result.checks) {
    lines.push(`  ${MARK[check.status]} ${check.name}`);
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
