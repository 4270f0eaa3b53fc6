/**
 * Concurrency checks: did tasks wait at the same time, and did anything hold the loop?
 *
 * Both read the task life cycle, not the output, so printing the expected lines at the expected
 * times from a single task does not pass them.
 */

import { Check, EPSILON, failed, passed, resolve } from "../check.ts";
import { pointerOf, seconds, viewOf, type Interval } from "../trace-view.ts";
import type { Param } from "../types.ts";

export interface OverlapOptions<W> {
  /** How many tasks must have been waiting at the same moment. */
  atLeast: Param<number, W>;
  /** Count only waits whose `waiting` text matches (e.g. `/^sleep/`); all waits by default. */
  waitingFor?: RegExp;
  /** Also count executor workers while they are busy. */
  workers?: boolean;
}

/** Passes when at least N tasks were waiting at the same time (for a stretch of virtual time longer than zero). */
export function overlap<W>(options: OverlapOptions<W>): Check<W> {
  return new Check<W>("overlap", (ctx) => {
    const view = viewOf(ctx.trace);
    const wanted = resolve(options.atLeast, ctx);
    const filter = options.waitingFor;
    let intervals = view.waits.filter((w) => filter === undefined || testOnce(filter, w.what));
    if (options.workers) intervals = intervals.concat(view.workerSpans);
    const best = maxConcurrent(intervals);
    const what = filter === undefined ? "" : ` for ${String(filter)}`;
    if (best.count >= wanted) return passed();
    if (best.count === 0) {
      return failed(
        `Expected at least ${wanted} tasks waiting${what} at the same time; no task ever waited${what}.`,
        {
          t: ctx.trace.elapsed,
        },
      );
    }
    const who = best.members
      .map(
        (w) =>
          `${view.describeTask(w.who)} waiting for ${w.what || "something"} from ${seconds(w.start)} to ${seconds(w.end)}`,
      )
      .join("; ");
    return failed(
      `Expected at least ${wanted} tasks waiting${what} at the same time; at most ${best.count} did ` +
        `(${who}). Work that waits one after the other takes the sum of the waits.`,
      pointerOf(best.members[0].from),
    );
  });
}

/** The largest number of intervals open at once, and which ones. Touching intervals do not overlap. */
export function maxConcurrent(intervals: Interval[]): { count: number; members: Interval[] } {
  const spans = intervals.filter((i) => i.end - i.start > EPSILON);
  // Ends sort before starts at the same time, so back-to-back waits are not counted together.
  const points = spans.flatMap((span) => [
    { t: span.start, open: true, span },
    { t: span.end, open: false, span },
  ]);
  points.sort((p, q) => p.t - q.t || Number(p.open) - Number(q.open));
  const active = new Set<Interval>();
  let best: Interval[] = [];
  for (const point of points) {
    if (point.open) {
      active.add(point.span);
      if (active.size > best.length) best = [...active];
    } else {
      active.delete(point.span);
    }
  }
  return { count: best.length, members: best };
}

/**
 * Passes when no task step, blocking `time.sleep` or CPU burst kept the loop busy longer than
 * `limit` seconds (asyncio's debug mode reports steps over 0.1 s).
 */
export function neverBlockedLongerThan<W>(limit: Param<number, W>): Check<W> {
  return new Check<W>("neverBlockedLongerThan", (ctx) => {
    const view = viewOf(ctx.trace);
    const max = resolve(limit, ctx);
    let worst: {
      duration: number;
      start: number;
      task: string | null;
      pointer: ReturnType<typeof pointerOf>;
      reason: string;
    } | null = null;
    for (const step of view.steps) {
      const duration = step.end - step.start;
      if (worst === null || duration > worst.duration) {
        // Point at what blocked inside the step when the trace says (a `time.sleep` line).
        const blocker = ctx.trace.events.find(
          (e) =>
            e.type === "loop_blocked" && e.task === step.task && e.seq > step.from.seq && e.seq < step.to.seq,
        );
        worst = {
          duration,
          start: step.start,
          task: step.task,
          pointer: pointerOf(blocker ?? step.from),
          reason: blocker ? reasonText(blocker.reason) : "one step of the task",
        };
      }
    }
    for (const event of ctx.trace.events) {
      if (event.type !== "loop_blocked" || event.duration === undefined) continue;
      if (worst === null || event.duration > worst.duration) {
        // A `loop_blocked` event is stamped when the blocking starts; `duration` says how long.
        worst = {
          duration: event.duration,
          start: event.t,
          task: event.task,
          pointer: pointerOf(event),
          reason: reasonText(event.reason),
        };
      }
    }
    if (worst === null || worst.duration <= max + EPSILON) return passed();
    const line = worst.pointer.line === undefined ? "" : `, line ${worst.pointer.line}`;
    return failed(
      `The loop was blocked for ${seconds(worst.duration)} from t=${seconds(worst.start)} by ${worst.reason} ` +
        `${worst.task == null ? "outside any task" : `in ${view.describeTask(worst.task)}`}${line}; ` +
        `nothing may hold the loop longer than ${seconds(max)}. ` +
        `While it is blocked, no other task can run.`,
      worst.pointer,
    );
  });
}

function reasonText(reason: string | undefined): string {
  if (reason === "sleep") return "a blocking time.sleep()";
  if (reason === "cpu") return "CPU work";
  return "one step of the task";
}

function testOnce(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
