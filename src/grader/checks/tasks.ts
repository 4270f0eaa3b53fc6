/**
 * Task checks: a task ended cancelled, a task returned a value.
 */

import { repr } from "../../../runtime/repr.ts";
import { intervalPointer, traceIntervals } from "../../../runtime/trace-intervals.ts";
import { Check, failed, near, passed, resolve } from "../check.ts";
import { messagesFor } from "../messages/index.ts";
import { describeSelector, pointerOf, selectorShape, viewOf, when, where } from "../trace-view.ts";
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
    const m = messagesFor(ctx.lang);
    const view = viewOf(ctx.trace);
    const tasks = view.selectTasks(selector);
    if (tasks.length === 0) {
      return failed(m.tasks.neverCreatedToCancel({ selector: describeSelector(selector, m) }), {
        t: ctx.trace.elapsed,
      });
    }
    const mainEnd = view.mainTask === null ? null : (view.tasks.get(view.mainTask)?.end ?? null);
    const requests = (name: string) =>
      ctx.trace.events.filter(
        (e) =>
          e.type === "task_cancel_requested" &&
          e.target === name &&
          (mainEnd === null || e.seq < mainEnd.seq),
      );
    const hit = tasks.find((info) => info.end?.type === "task_cancelled");
    if (hit === undefined) {
      const info = tasks[0];
      const name = view.describeTask(info.name, m);
      const asked = requests(info.name)[0];
      if (info.end === null) {
        return failed(
          asked === undefined
            ? m.tasks.stillRunningNotAsked({ task: name })
            : m.tasks.stillRunningAsked({ task: name, where: where(m, view, asked) }),
          info.spawned === null ? { t: ctx.trace.elapsed } : pointerOf(info.spawned),
        );
      }
      const outcome = m.tasks.outcome(
        info.end.exception
          ? { exception: info.end.exception }
          : info.end.result === undefined
            ? {}
            : { result: info.end.result },
      );
      return failed(
        asked === undefined
          ? m.tasks.finishedNotAsked({ task: name, t: info.end.t, outcome })
          : m.tasks.finishedAsked({ task: name, asked: asked.t, t: info.end.t, outcome }),
        pointerOf(info.end),
      );
    }
    const end = hit.end;
    if (end === null) return failed(m.tasks.noEndEvent({ task: view.describeTask(hit.name, m) }));
    if (beforeMainEnds && mainEnd !== null && mainEnd.seq < end.seq && hit.name !== view.mainTask) {
      const asked = requests(hit.name)[0];
      const task = view.describeTask(hit.name, m);
      return failed(
        asked === undefined
          ? m.tasks.cancelledByCleanup({ task })
          : m.tasks.mainReturnedFirst({ task, where: where(m, view, asked) }),
        pointerOf(end),
      );
    }
    if (options.near !== undefined) {
      const want = resolve(options.near, ctx);
      const tolerance = options.tolerance ?? 0.05;
      if (!near(end.t, want, tolerance)) {
        return failed(
          m.tasks.cancelledAt({ task: view.describeTask(hit.name, m), t: end.t, want, tolerance }),
          pointerOf(end),
          { details: { values: { expected: want, actual: end.t, tolerance } } },
        );
      }
    }
    return passed();
  });
}

export interface AllTasksFinishedOptions {
  /** Only these tasks must finish (default: every task but the main one). */
  tasks?: TaskSelector;
}

/**
 * Passes when every task the program started (or the selected ones) ended before the main task
 * did: none was still running for `asyncio.run()` to cancel. This is what "wait for every task"
 * looks like from outside, however the program waited (await, gather, TaskGroup, wait).
 */
export function allTasksFinished<W>(options: AllTasksFinishedOptions = {}): Check<W> {
  return new Check<W>("allTasksFinished", (ctx) => {
    const m = messagesFor(ctx.lang);
    const view = viewOf(ctx.trace);
    const main = view.mainTask;
    const mainEnd = main === null ? null : (view.tasks.get(main)?.end ?? null);
    const selected =
      options.tasks === undefined
        ? [...view.tasks.values()].filter((info) => info.name !== main)
        : view.selectTasks(options.tasks);
    for (const info of selected) {
      const name = view.describeTask(info.name, m);
      if (info.end === null) {
        return failed(
          m.tasks.stillRunningAtEnd({ task: name }),
          info.spawned === null ? { t: ctx.trace.elapsed } : pointerOf(info.spawned),
        );
      }
      if (mainEnd !== null && info.end.seq > mainEnd.seq) {
        // What the task was doing when main returned: the stretch the timeline highlights.
        const open = traceIntervals(ctx.trace).find(
          (i) =>
            i.who === info.name &&
            i.kind !== "blocked" &&
            i.fromSeq < mainEnd.seq &&
            (i.toSeq === null || i.toSeq > mainEnd.seq),
        );
        return failed(
          m.tasks.unfinishedAtMainEnd({ task: name, t: mainEnd.t }),
          pointerOf(mainEnd),
          open === undefined ? {} : { interval: intervalPointer(open) },
        );
      }
    }
    return passed();
  });
}

export interface WaitedForOptions {
  /** Who must wait (default: any other task). */
  by?: TaskSelector;
  /** Only waits that began after the task was asked to cancel count: "cancel it, then await it". */
  afterCancel?: boolean;
}

/**
 * Passes when a task waited for a task matching `selector` itself (`await task`, `gather(task)`,
 * `asyncio.wait([task])`, `waitFor(task, …)`) while it was still running — not for a sleep that
 * happened to last long enough.
 */
export function waitedFor<W>(selector: TaskSelector, options: WaitedForOptions = {}): Check<W> {
  return new Check<W>("waitedFor", (ctx) => {
    const m = messagesFor(ctx.lang);
    const view = viewOf(ctx.trace);
    const targets = view.selectTasks(selector);
    if (targets.length === 0) {
      return failed(m.tasks.neverCreatedToWait({ selector: describeSelector(selector, m) }), {
        t: ctx.trace.elapsed,
      });
    }
    const waiters =
      options.by === undefined ? null : new Set(view.selectTasks(options.by).map((t) => t.name));
    const waiter = options.by === undefined ? null : m.words.waiter(selectorShape(options.by));
    const target = targets[0];
    const name = view.describeTask(target.name, m);
    const mentions = new RegExp(
      `(^|[^\\w-])${target.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\w-])`,
    );
    // asyncio.run() cancels what is left after main returns; that request is not the program's.
    const main = view.mainTask === null ? null : (view.tasks.get(view.mainTask)?.end ?? null);
    const request = ctx.trace.events.find(
      (e) =>
        e.type === "task_cancel_requested" && e.target === target.name && (main === null || e.seq < main.seq),
    );
    if (options.afterCancel && request === undefined) {
      return failed(m.tasks.neverAskedToCancel({ task: name }), { t: ctx.trace.elapsed });
    }
    const waited = view.waits.some(
      (w) =>
        w.who !== target.name &&
        (waiters === null || waiters.has(w.who)) &&
        mentions.test(w.what) &&
        (target.end === null || w.from.seq < target.end.seq) &&
        (!options.afterCancel || request === undefined || w.from.seq > request.seq),
    );
    if (waited) return passed();
    if (options.afterCancel && request !== undefined) {
      // The wait it did instead (a sleep, say), for the timeline to highlight.
      const instead = view.waits.find(
        (w) => w.from.seq > request.seq && (waiters === null || waiters.has(w.who)),
      );
      return failed(
        m.tasks.notWaitedAfterCancel({ task: name, where: where(m, view, request), waiter }),
        pointerOf(request),
        instead?.interval === undefined ? {} : { interval: intervalPointer(instead.interval) },
      );
    }
    return failed(
      m.tasks.neverWaited({ task: name, waiter }),
      target.spawned === null ? { t: ctx.trace.elapsed } : pointerOf(target.spawned),
    );
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
    const m = messagesFor(ctx.lang);
    const view = viewOf(ctx.trace);
    const want = repr(resolve(expected, ctx));
    const selector = options.task ?? view.mainTask;
    const info = selector === null ? undefined : view.selectTasks(selector)[0];
    const label =
      selector === null
        ? m.tasks.mainTaskLabel
        : options.task === undefined
          ? m.words.mainCoroutine
          : describeSelector(selector, m);
    if (info === undefined) {
      return failed(m.tasks.noSuchTask({ label, want }), { t: ctx.trace.elapsed });
    }
    const end = info.end;
    const task = view.describeTask(info.name, m);
    if (end === null) {
      return failed(m.tasks.neverFinished({ task, label, want }), { t: ctx.trace.elapsed });
    }
    if (end.type === "task_cancelled") {
      return failed(m.tasks.wasCancelled({ task, label, want }), pointerOf(end));
    }
    if (end.exception !== undefined) {
      return failed(m.tasks.raisedInstead({ label, exception: end.exception, want }), pointerOf(end));
    }
    const got = end.result ?? "undefined";
    if (got === want) return passed();
    return failed(m.tasks.returnedOther({ label, got, when: when(m, end), want }), pointerOf(end));
  });
}
