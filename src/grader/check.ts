/**
 * A check: one named judgement over a run's trace, built by the check library (`checks.*`).
 *
 * Checks are immutable; `.hint()` and `.explain()` return a new check. The grader evaluates a
 * check once per variant and it passes only if every variant passes.
 */

import type { CodeRule } from "./code-rules.ts";
import type {
  CheckContext,
  CheckDetails,
  CheckOutcome,
  IntervalPointer,
  Param,
  ParamContext,
  TracePointer,
} from "./types.ts";

/** Whether a check reads the program's trace (write/fix) or the learner's prediction (predict). */
export type CheckScope = "trace" | "prediction";

/** What a check carries beside its judgement. */
export interface CheckOptions {
  scope?: CheckScope;
  hint?: string | null;
  rules?: readonly CodeRule[];
  notMeans?: string | null;
}

export class Check<W> {
  /** The library function that built it (`overlap`, `finishedNear`…), for tools and errors. */
  readonly kind: string;
  readonly scope: CheckScope;
  readonly #evaluate: (ctx: CheckContext<W>) => CheckOutcome;
  /** Shown after the failure message. */
  readonly hintText: string | null;
  /** Static explanations added to a failure when they apply to the source. */
  readonly rules: readonly CodeRule[];
  /** The phrase of a `finishedNear` check's `notMeans` option, which a translation replaces. */
  readonly notMeans: string | null;

  constructor(kind: string, evaluate: (ctx: CheckContext<W>) => CheckOutcome, options: CheckOptions = {}) {
    this.kind = kind;
    this.#evaluate = evaluate;
    this.scope = options.scope ?? "trace";
    this.hintText = options.hint ?? null;
    this.rules = options.rules ?? [];
    this.notMeans = options.notMeans ?? null;
  }

  /**
   * Judges one run. A method (not a function-valued field) so that a `Check<World>` can stand
   * where a `Check<unknown>` is expected: the grader hands each check its own exercise's world.
   */
  evaluate(ctx: CheckContext<W>): CheckOutcome {
    return this.#evaluate(ctx);
  }

  /** A hint shown after this check's failure message. */
  hint(text: string): Check<W> {
    return new Check(this.kind, this.#evaluate, { ...this.#options(), hint: text });
  }

  /** Static code rules that explain this check's failure (they never change pass/fail). */
  explain(...rules: CodeRule[]): Check<W> {
    return new Check(this.kind, this.#evaluate, { ...this.#options(), rules: [...this.rules, ...rules] });
  }

  #options(): CheckOptions {
    return { scope: this.scope, hint: this.hintText, rules: this.rules, notMeans: this.notMeans };
  }
}

/** Resolves a check parameter for the variant being graded. */
export function resolve<T, W>(param: Param<T, W>, ctx: ParamContext<W>): T {
  return typeof param === "function" ? (param as (ctx: ParamContext<W>) => T)(ctx) : param;
}

export function passed(message?: string): CheckOutcome {
  return message === undefined ? { pass: true } : { pass: true, message };
}

/** A failure: one sentence saying what happened and what was expected, and where it points. */
export function failed(
  message: string,
  at?: TracePointer,
  extra: { interval?: IntervalPointer; details?: CheckDetails } = {},
): CheckOutcome {
  const outcome: CheckOutcome = { pass: false, message };
  if (at !== undefined) outcome.at = at;
  if (extra.interval !== undefined) outcome.interval = extra.interval;
  if (extra.details !== undefined) outcome.details = extra.details;
  return outcome;
}

/** Floating-point slack so that `3.05` is within `0.05` of `3.0`. */
export const EPSILON = 1e-9;

/** `|actual − expected| ≤ tolerance`, inclusive at the edge. */
export function near(actual: number, expected: number, tolerance: number): boolean {
  return Math.abs(actual - expected) <= tolerance + EPSILON;
}
