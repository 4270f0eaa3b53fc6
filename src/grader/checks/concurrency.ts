/**
 * Concurrency checks: did tasks wait at the same time, and did anything hold the loop?
 *
 * Both read the task life cycle, not the output, so printing the expected lines at the expected
 * times from a single task does not pass them.
 */

import { intervalPointer, traceIntervals, type TraceInterval } from "../../../runtime/trace-intervals.ts";
import { Check, EPSILON, failed, passed, resolve } from "../check.ts";
import { messagesFor, type BlockReason } from "../messages/index.ts";
import {
  describeMatcher,
  lineMatches,
  pointerOf,
  selectorShape,
  viewOf,
  type Interval,
  type TraceView,
} from "../trace-view.ts";
import type { LineMatcher, Param, TaskSelector, Trace, TracePointer } from "../types.ts";
import { printedLines, quote } from "./lines.ts";
import { neverPrinted } from "./output.ts";
import { waitShape } from "../wording.ts";

export interface OverlapOptions<W> {
  /** How many tasks must have been waiting at the same moment. */
  atLeast: Param<number, W>;
  /** Count only waits whose `waiting` text matches (e.g. `/^sleep/`); all waits by default. */
  waitingFor?: RegExp;
  /** Also count executor workers while they are busy. */
  workers?: boolean;
  /**
   * Count only these tasks (`{ coro: "download" }`), whatever they wait for: the work overlaps
   * however it waits (`asyncio.sleep`, `toThread`, an executor).
   */
  among?: TaskSelector;
}

/** Passes when at least N tasks were waiting at the same time (for a stretch of virtual time longer than zero). */
export function overlap<W>(options: OverlapOptions<W>): Check<W> {
  return new Check<W>("overlap", (ctx) => {
    const m = messagesFor(ctx.lang);
    const view = viewOf(ctx.trace);
    const wanted = resolve(options.atLeast, ctx);
    const filter = options.waitingFor;
    const among =
      options.among === undefined ? null : new Set(view.selectTasks(options.among).map((t) => t.name));
    let intervals = view.waits.filter(
      (w) => (filter === undefined || testOnce(filter, w.what)) && (among === null || among.has(w.who)),
    );
    if (options.workers) intervals = intervals.concat(view.workerSpans);
    const best = maxConcurrent(intervals);
    const wait = waitShape(filter);
    const whose = m.words.tasksOf(options.among === undefined ? null : selectorShape(options.among));
    const details = {
      ...(filter === undefined ? {} : { expected: [String(filter)] }),
      values: { expected: wanted, actual: best.count },
    };
    if (best.count >= wanted) return passed();
    if (best.count === 0) {
      return failed(m.concurrency.noWait({ wait, wanted, whose }), { t: ctx.trace.elapsed }, { details });
    }
    const first = best.members[0];
    const spans = best.members.map((w) => ({ who: view.describeTask(w.who, m), start: w.start, end: w.end }));
    return failed(
      m.concurrency.tooFewWaiting({ count: best.count, spans, wanted, whose, wait }),
      pointerOf(first.from),
      first.interval === undefined ? { details } : { details, interval: intervalPointer(first.interval) },
    );
  });
}

export interface SpansOverlapOptions<W> {
  /** How many spans must be under way at the same moment (default: all of them). */
  atLeast?: Param<number, W>;
}

/**
 * Passes when at least N pieces of work were under way at the same moment, each piece running
 * from the first line matching its start to the first later line matching its end (`["Bob starts:
 * book a flight", "Bob finishes: book a flight"]`). This reads only when lines were printed, so
 * it accepts every way of overlapping the work; pair it with a check on who printed the lines.
 */
export function spansOverlap<W>(
  pairs: Param<[LineMatcher, LineMatcher][], W>,
  options: SpansOverlapOptions<W> = {},
): Check<W> {
  return new Check<W>("spansOverlap", (ctx) => {
    const m = messagesFor(ctx.lang);
    const view = viewOf(ctx.trace);
    const lines = printedLines(view);
    const wanted = resolve(pairs, ctx);
    const atLeast = options.atLeast === undefined ? wanted.length : resolve(options.atLeast, ctx);
    const details = { expected: wanted.flat().map((matcher: LineMatcher) => describeMatcher(matcher)) };
    const spans: Interval[] = [];
    for (const [start, end] of wanted) {
      const first = lines.find((line) => lineMatches(line.text, start));
      const last =
        first === undefined
          ? undefined
          : lines.find((line) => line.index > first.index && lineMatches(line.text, end));
      const missing = first === undefined ? start : last === undefined ? end : null;
      if (missing !== null || first === undefined || last === undefined) {
        return failed(
          neverPrinted(
            m,
            missing ?? end,
            lines.map((line) => line.text),
          ),
          { t: ctx.trace.elapsed },
          { details },
        );
      }
      spans.push({
        who: first.text,
        start: first.event.t,
        end: last.event.t,
        what: last.text,
        from: first.event,
      });
    }
    const best = maxConcurrent(spans);
    if (best.count >= atLeast) return passed();
    const shown = best.members.map((span) => ({ who: quote(span.who), start: span.start, end: span.end }));
    return failed(
      m.concurrency.tooFewSpans({ count: best.count, spans: shown, all: atLeast === wanted.length, atLeast }),
      best.members[0] === undefined ? { t: ctx.trace.elapsed } : pointerOf(best.members[0].from),
      { details: { ...details, values: { expected: atLeast, actual: best.count } } },
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
    let worst: Blocker | null = null;
    for (const blocker of blockers(ctx.trace, view)) {
      if (worst === null || blocker.duration > worst.duration) worst = blocker;
    }
    if (worst === null || worst.duration <= max + EPSILON) return passed();
    const m = messagesFor(ctx.lang);
    const held = {
      reason: worst.reason,
      task: worst.task === null ? null : view.describeTask(worst.task, m),
      duration: worst.duration,
      start: worst.start,
      limit: max,
    };
    return failed(
      m.concurrency.heldTooLong(
        worst.pointer.line === undefined ? held : { ...held, line: worst.pointer.line },
      ),
      worst.pointer,
      {
        interval: intervalPointer(worst.interval),
        details: { values: { longest: worst.duration, limit: max } },
      },
    );
  });
}

/**
 * Passes when the loop was held for at most `limit` seconds in total: every task step, blocking
 * `time.sleep` and CPU burst added up. Catches blocking cut into small pieces, each under a
 * per-step limit, that still holds the loop for their sum.
 */
export function blockedAtMost<W>(limit: Param<number, W>): Check<W> {
  return new Check<W>("blockedAtMost", (ctx) => {
    const view = viewOf(ctx.trace);
    const max = resolve(limit, ctx);
    let total = 0;
    let worst: Blocker | null = null;
    let pieces = 0;
    for (const step of view.steps) {
      const duration = step.end - step.start;
      total += duration;
      if (duration > EPSILON) pieces++;
    }
    for (const blocker of blockers(ctx.trace, view)) {
      if (blocker.task === null) {
        total += blocker.duration;
        if (blocker.duration > EPSILON) pieces++;
      }
      if (worst === null || blocker.duration > worst.duration) worst = blocker;
    }
    if (total <= max + EPSILON || worst === null) return passed();
    const held = { total, pieces, limit: max };
    return failed(
      messagesFor(ctx.lang).concurrency.heldInTotal(
        worst.pointer.line === undefined
          ? held
          : { ...held, longest: { reason: worst.reason, line: worst.pointer.line } },
      ),
      worst.pointer,
      { interval: intervalPointer(worst.interval), details: { values: { total, limit: max, pieces } } },
    );
  });
}

/** One stretch during which the loop was held: a task step, or a `time.sleep`/CPU burst inside one. */
interface Blocker {
  duration: number;
  start: number;
  task: string | null;
  pointer: TracePointer;
  reason: BlockReason;
  interval: TraceInterval;
}

/** Every stretch that held the loop; a `time.sleep` or CPU burst comes before its step, so ties name it. */
function blockers(trace: Trace, view: TraceView): Blocker[] {
  const found: Blocker[] = [];
  const blocked = traceIntervals(trace).filter((i) => i.kind === "blocked");
  for (const interval of blocked) {
    found.push({
      duration: interval.end - interval.start,
      start: interval.start,
      task: interval.who,
      pointer: pointerOf(view.event(interval.fromSeq)),
      reason: reasonText(interval.what),
      interval,
    });
  }
  for (const step of view.steps) {
    // Point at what blocked inside the step when the trace says (a `time.sleep` line).
    const inside = blocked.find(
      (b) => b.who === step.task && b.fromSeq > step.from.seq && b.fromSeq < step.to.seq,
    );
    found.push({
      duration: step.end - step.start,
      start: step.start,
      task: step.task,
      pointer: pointerOf(inside === undefined ? step.from : view.event(inside.fromSeq)),
      reason: inside === undefined ? "step" : reasonText(inside.what),
      interval: step.interval,
    });
  }
  // Blocking outside any task (top-level code) has no interval of a task; it still holds the loop.
  for (const event of trace.events) {
    if (event.type !== "loop_blocked" || event.task !== null || event.duration === undefined) continue;
    const interval: TraceInterval = {
      kind: "blocked",
      who: "",
      start: event.t,
      end: event.t + event.duration,
      what: event.reason ?? "sleep",
      fromSeq: event.seq,
      toSeq: event.seq,
    };
    found.push({
      duration: event.duration,
      start: event.t,
      task: null,
      pointer: pointerOf(event),
      reason: reasonText(event.reason),
      interval,
    });
  }
  return found;
}

function reasonText(reason: string | undefined): BlockReason {
  return reason === "sleep" || reason === "cpu" ? reason : "step";
}

function testOnce(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
