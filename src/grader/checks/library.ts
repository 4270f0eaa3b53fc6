/**
 * The check library authors use in `exercise.ts`: `checks.finishedNear(3, { not: 5 })`.
 *
 * `checksFor<World>()` returns the same functions typed for an exercise's `world`, so parameter
 * functions such as `({ world }) => Math.max(...world.delays)` type-check.
 */

import { Check, failed, passed } from "../check.ts";
import type { CheckContext, CheckOutcome } from "../types.ts";
import { blockedAtMost, neverBlockedLongerThan, overlap, spansOverlap } from "./concurrency.ts";
import { notPrinted, outputEquals, outputIncludes, printed } from "./output.ts";
import { before, eachInOwnTask, inOrder } from "./ordering.ts";
import { predictedOrder, predictedTimes } from "./prediction.ts";
import { allTasksFinished, cancelled, returned, waitedFor } from "./tasks.ts";
import { finishedNear, finishedWithin } from "./timing.ts";
import { notWarned, warned } from "./warnings.ts";

/** A check written in code, for what the library does not cover; it returns an outcome. */
export function custom<W>(evaluate: (ctx: CheckContext<W>) => CheckOutcome): Check<W> {
  return new Check<W>("custom", evaluate);
}

const library = {
  outputEquals,
  outputIncludes,
  printed,
  notPrinted,
  inOrder,
  before,
  eachInOwnTask,
  finishedNear,
  finishedWithin,
  overlap,
  spansOverlap,
  neverBlockedLongerThan,
  blockedAtMost,
  cancelled,
  allTasksFinished,
  waitedFor,
  warned,
  notWarned,
  returned,
  predictedOrder,
  predictedTimes,
  custom,
  /** Outcome helpers for `custom` checks. */
  pass: passed,
  fail: failed,
};

/** The check library with parameter functions typed for the exercise's world `W`. */
export interface CheckLibrary<W> {
  outputEquals: (...args: Parameters<typeof outputEquals<W>>) => Check<W>;
  outputIncludes: (...args: Parameters<typeof outputIncludes<W>>) => Check<W>;
  printed: (...args: Parameters<typeof printed<W>>) => Check<W>;
  notPrinted: (...args: Parameters<typeof notPrinted<W>>) => Check<W>;
  inOrder: (...args: Parameters<typeof inOrder<W>>) => Check<W>;
  before: (...args: Parameters<typeof before<W>>) => Check<W>;
  eachInOwnTask: (...args: Parameters<typeof eachInOwnTask<W>>) => Check<W>;
  finishedNear: (...args: Parameters<typeof finishedNear<W>>) => Check<W>;
  finishedWithin: (...args: Parameters<typeof finishedWithin<W>>) => Check<W>;
  overlap: (...args: Parameters<typeof overlap<W>>) => Check<W>;
  spansOverlap: (...args: Parameters<typeof spansOverlap<W>>) => Check<W>;
  neverBlockedLongerThan: (...args: Parameters<typeof neverBlockedLongerThan<W>>) => Check<W>;
  blockedAtMost: (...args: Parameters<typeof blockedAtMost<W>>) => Check<W>;
  cancelled: (...args: Parameters<typeof cancelled<W>>) => Check<W>;
  allTasksFinished: (...args: Parameters<typeof allTasksFinished<W>>) => Check<W>;
  waitedFor: (...args: Parameters<typeof waitedFor<W>>) => Check<W>;
  warned: (...args: Parameters<typeof warned<W>>) => Check<W>;
  notWarned: (...args: Parameters<typeof notWarned<W>>) => Check<W>;
  returned: (...args: Parameters<typeof returned<W>>) => Check<W>;
  predictedOrder: () => Check<W>;
  predictedTimes: (...args: Parameters<typeof predictedTimes<W>>) => Check<W>;
  custom: (evaluate: (ctx: CheckContext<W>) => CheckOutcome) => Check<W>;
  pass: typeof passed;
  fail: typeof failed;
}

/** The check library typed for an exercise whose variants carry a `world` of type `W`. */
export function checksFor<W>(): CheckLibrary<W> {
  return library as CheckLibrary<W>;
}

/** The check library for exercises whose checks do not read `world`. */
export const checks: CheckLibrary<unknown> = checksFor<unknown>();
