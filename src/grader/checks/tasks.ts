/**
 * Task checks: a task ended cancelled, a task returned a value.
 */

import { repr } from "../../../runtime/repr.ts";
import { Check, failed, near, passed, resolve } from "../check.ts";
import { describeSelector, pointerOf, seconds, viewOf, where } from "../trace-view.ts";
import type { Param, TaskSelector } from "../types.ts";

export interface CancelledOptions<W> {
  /** The cancellation must land at ≈ this virtual time. */
  near?: Param<number, W>;
  /** Allowed distance from `near` (default 0.05 s). */
  tolerance?: number;
  /**
   * The task must end cancelled before the main task ends (default true). `asyncio.run()`
   * cancels every task still pending when main returns; that clean-up is not the learner's cancel.
   */
  beforeMainEnds?: boolean;
}

/** Passes when a task matching `selector` ended cancelled (`CancelledError` reached it and was not swallowed). */
export function cancelled<W>(selector: TaskSelector, options: CancelledOptions<W> = {}): Check<W> {
  const beforeMainEnds = options.beforeMainEnds ?? true;
  return new Check<W>("cancelled", (ctx) => {
    const view = viewOf(ctx.trace);
    const tasks = view.selectTasks(selector);
    if (tasks.length === 0) {
      return failed(`Expected ${describeSelector(selector)} to be cancelled, but no such task was created.`, {
        t: ctx.trace.elapsed,
      });
    }
    const hit = tasks.find((info) => info.end?.type === "task_cancelled");
    if (hit === undefined) {
      const info = tasks[0];
      const name = view.describeTask(info.name);
      if (info.end === null) {
        return failed(
          `Expected ${name} to be cancelled; it was still waiting when the program ended. Call its cancel() method.`,
          info.spawned === null ? { t: ctx.trace.elapsed } : pointerOf(info.spawned),
        );
      }
      const outcome = info.end.exception
        ? `raised ${info.end.exception}`
        : `returned ${info.end.result ?? "a result"}`;
      return failed(
        `Expected ${name} to be cancelled; it finished normally at ${seconds(info.end.t)} (it ${outcome}). ` +
          `A task that catches CancelledError and returns is not cancelled.`,
        pointerOf(info.end),
      );
    }
    const end = hit.end;
    if (end === null) return failed(`${view.describeTask(hit.name)} has no end event.`);
    const mainEnd = view.mainTask === null ? null : (view.tasks.get(view.mainTask)?.end ?? null);
    if (beforeMainEnds && mainEnd !== null && mainEnd.seq < end.seq && hit.name !== view.mainTask) {
      return failed(
        `${view.describeTask(hit.name)} was cancelled only after the main task ended (${where(view, end)}): ` +
          `that is asyncio.run() cleaning up leftover tasks. Cancel it yourself, and await it, before main returns.`,
        pointerOf(end),
      );
    }
    if (options.near !== undefined) {
      const want = resolve(options.near, ctx);
      const tolerance = options.tolerance ?? 0.05;
      if (!near(end.t, want, tolerance)) {
        return failed(
          `Expected ${view.describeTask(hit.name)} to be cancelled at ≈${seconds(want)} (±${seconds(tolerance)}); ` +
            `it was cancelled at ${seconds(end.t)}.`,
          pointerOf(end),
        );
      }
    }
    return passed();
  });
}

/** A value a task can return, as an exercise states it (no functions: those are parameter functions). */
export type ReturnValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly ReturnValue[]
  | { readonly [key: string]: ReturnValue };

export interface ReturnedOptions {
  /** The task whose result counts (default: the main task, whose result `asyncio.run()` returns). */
  task?: TaskSelector;
}

/**
 * Passes when the task returned `expected`, compared in the form the trace records results in:
 * Python's `repr` adapted to JavaScript (`[2, 6, 24]`, `'done'`).
 */
export function returned<W>(expected: Param<ReturnValue, W>, options: ReturnedOptions = {}): Check<W> {
  return new Check<W>("returned", (ctx) => {
    const view = viewOf(ctx.trace);
    const want = repr(resolve(expected, ctx));
    const selector = options.task ?? view.mainTask;
    const info = selector === null ? undefined : view.selectTasks(selector)[0];
    const label =
      selector === null ? "the main task" : options.task === undefined ? "main" : describeSelector(selector);
    if (info === undefined) {
      return failed(`Expected ${label} to return ${want}, but no such task ran.`, { t: ctx.trace.elapsed });
    }
    const end = info.end;
    if (end === null) {
      return failed(`Expected ${label} to return ${want}; ${view.describeTask(info.name)} never finished.`, {
        t: ctx.trace.elapsed,
      });
    }
    if (end.type === "task_cancelled") {
      return failed(
        `Expected ${label} to return ${want}; ${view.describeTask(info.name)} was cancelled.`,
        pointerOf(end),
      );
    }
    if (end.exception !== undefined) {
      return failed(`Expected ${label} to return ${want}; it raised ${end.exception}.`, pointerOf(end));
    }
    const got = end.result ?? "undefined";
    if (got === want) return passed();
    return failed(
      `Expected ${label} to return ${want}; it returned ${got} (${where(view, end)}).`,
      pointerOf(end),
    );
  });
}
