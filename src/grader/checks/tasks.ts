/**
 * Task checks: a task ended cancelled, a task returned a value.
 */

import { repr } from "../../../runtime/repr.ts";
import { intervalPointer, traceIntervals } from "../../../runtime/trace-intervals.ts";
import { Check, failed, near, passed, resolve } from "../check.ts";
import { describeSelector, pointerOf, seconds, viewOf, when, where } from "../trace-view.ts";
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
      return failed(`The program never created ${describeSelector(selector)}, so nothing could cancel it.`, {
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
      const name = view.describeTask(info.name);
      const asked = requests(info.name)[0];
      if (info.end === null) {
        return failed(
          asked === undefined
            ? `${name} was still running when the program ended, but it should end cancelled: call its cancel() method.`
            : `${name} was asked to cancel ${where(view, asked)} but was still running when the program ended.`,
          info.spawned === null ? { t: ctx.trace.elapsed } : pointerOf(info.spawned),
        );
      }
      const outcome = info.end.exception
        ? `raised ${info.end.exception}`
        : `returned ${info.end.result ?? "a result"}`;
      return failed(
        asked === undefined
          ? `${name} finished normally at ${seconds(info.end.t)} (it ${outcome}), but it should end cancelled: ` +
              "nothing ever called its cancel() method."
          : `${name} was asked to cancel at ${seconds(asked.t)} but finished normally at ${seconds(info.end.t)} ` +
              `(it ${outcome}), but it should end cancelled: a task that catches CancelledError and carries on is not cancelled.`,
        pointerOf(info.end),
      );
    }
    const end = hit.end;
    if (end === null) return failed(`${view.describeTask(hit.name)} has no end event.`);
    if (beforeMainEnds && mainEnd !== null && mainEnd.seq < end.seq && hit.name !== view.mainTask) {
      const asked = requests(hit.name)[0];
      return failed(
        asked === undefined
          ? `${view.describeTask(hit.name)} was cancelled only by asyncio.run() cleaning up after main returned, ` +
              "but your code should cancel it itself, and wait for it to stop, before main returns."
          : `${view.describeTask(hit.name)} was asked to cancel ${where(view, asked)}, but main returned before the ` +
              "task had stopped: await the task after cancelling it, so that main waits until it has really stopped.",
        pointerOf(end),
      );
    }
    if (options.near !== undefined) {
      const want = resolve(options.near, ctx);
      const tolerance = options.tolerance ?? 0.05;
      if (!near(end.t, want, tolerance)) {
        return failed(
          `${view.describeTask(hit.name)} was cancelled at ${seconds(end.t)}, but it should be cancelled at ` +
            `${seconds(want)}, give or take ${seconds(tolerance)}.`,
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
    const view = viewOf(ctx.trace);
    const main = view.mainTask;
    const mainEnd = main === null ? null : (view.tasks.get(main)?.end ?? null);
    const selected =
      options.tasks === undefined
        ? [...view.tasks.values()].filter((info) => info.name !== main)
        : view.selectTasks(options.tasks);
    for (const info of selected) {
      const name = view.describeTask(info.name);
      if (info.end === null) {
        return failed(
          `${name} was still running when the program ended, but main should wait for every task it starts.`,
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
          `${name} had not finished when main returned at ${seconds(mainEnd.t)} (asyncio.run() then cancelled it), ` +
            "but main should wait for every task it starts: await them, or gather them, before main returns.",
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
    const view = viewOf(ctx.trace);
    const targets = view.selectTasks(selector);
    if (targets.length === 0) {
      return failed(
        `The program never created ${describeSelector(selector)}, so nothing could wait for it.`,
        {
          t: ctx.trace.elapsed,
        },
      );
    }
    const waiters =
      options.by === undefined ? null : new Set(view.selectTasks(options.by).map((t) => t.name));
    const neverWaited =
      options.by === undefined ? "no other task waited" : `${describeWaiter(options.by)} never waited`;
    const target = targets[0];
    const name = view.describeTask(target.name);
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
      return failed(`Nothing ever asked ${name} to cancel, so nothing waited for it to stop.`, {
        t: ctx.trace.elapsed,
      });
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
        `After asking ${name} to cancel ${where(view, request)}, ${neverWaited} for that task, but it ` +
          "should await the task so that it goes on only once the task has really stopped.",
        pointerOf(request),
        instead?.interval === undefined ? {} : { interval: intervalPointer(instead.interval) },
      );
    }
    return failed(
      `${capitalise(neverWaited)} for ${name}, but it should await that task (or gather it) until it is done.`,
      target.spawned === null ? { t: ctx.trace.elapsed } : pointerOf(target.spawned),
    );
  });
}

/** "supervisor()" for `{ coro: "supervisor" }`, as the subject of "never waited". */
function describeWaiter(selector: TaskSelector): string {
  const coro = typeof selector === "string" ? selector : selector.coro;
  if (typeof coro === "string" && !/^Task-\d+$/.test(coro)) return `${coro}()`;
  return describeSelector(selector);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
      selector === null
        ? "the main task"
        : options.task === undefined
          ? "main()"
          : describeSelector(selector);
    if (info === undefined) {
      return failed(`No task like ${label} ran, but ${label} should return ${want}.`, {
        t: ctx.trace.elapsed,
      });
    }
    const end = info.end;
    if (end === null) {
      return failed(`${view.describeTask(info.name)} never finished, but ${label} should return ${want}.`, {
        t: ctx.trace.elapsed,
      });
    }
    if (end.type === "task_cancelled") {
      return failed(
        `${view.describeTask(info.name)} was cancelled, but ${label} should return ${want}.`,
        pointerOf(end),
      );
    }
    if (end.exception !== undefined) {
      return failed(`${label} raised ${end.exception}, but it should return ${want}.`, pointerOf(end));
    }
    const got = end.result ?? "undefined";
    if (got === want) return passed();
    return failed(`${label} returned ${got} ${when(end)}, but it should return ${want}.`, pointerOf(end));
  });
}
