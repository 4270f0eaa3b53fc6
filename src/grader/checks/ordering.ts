/**
 * Ordering checks: lines in sequence, partial orders ("every A before any B"), and which task
 * printed what. Task identities are what make replaying the expected output from one task fail.
 */

import { Check, failed, passed, resolve } from "../check.ts";
import { describeMatcher, lineMatches, pointerOf, viewOf, where } from "../trace-view.ts";
import type { LineMatcher, Param } from "../types.ts";
import { printedLines, quote, type PrintedLine } from "./lines.ts";
import { printedSummary } from "./output.ts";

/** Passes when lines matching the matchers appear in this order (other lines may come between). */
export function inOrder<W>(matchers: Param<LineMatcher[], W>): Check<W> {
  return new Check<W>("inOrder", (ctx) => {
    const view = viewOf(ctx.trace);
    const lines = printedLines(view);
    let previous: PrintedLine | null = null;
    for (const matcher of resolve(matchers, ctx)) {
      const from: number = previous === null ? 0 : previous.index + 1;
      const next = lines.slice(from).find((line) => lineMatches(line.text, matcher));
      if (next !== undefined) {
        previous = next;
        continue;
      }
      const earlier = lines.slice(0, from).find((line) => lineMatches(line.text, matcher));
      if (earlier !== undefined && previous !== null) {
        return failed(
          `Expected ${quote(earlier.text)} after ${quote(previous.text)}, but it was printed before it ` +
            `(${where(view, earlier.event)}; the other ${where(view, previous.event)}).`,
          pointerOf(earlier.event),
        );
      }
      return failed(
        `Expected a line matching ${describeMatcher(matcher)}` +
          (previous === null ? "" : ` after ${quote(previous.text)}`) +
          `; none was printed.` +
          printedSummary(view),
        previous === null ? { t: ctx.trace.elapsed } : pointerOf(previous.event),
      );
    }
    return passed();
  });
}

/** Passes when every line matching `first` comes before any line matching `then`. */
export function before<W>(first: Param<LineMatcher, W>, then: Param<LineMatcher, W>): Check<W> {
  return new Check<W>("before", (ctx) => {
    const view = viewOf(ctx.trace);
    const lines = printedLines(view);
    const a = resolve(first, ctx);
    const b = resolve(then, ctx);
    const as = lines.filter((line) => lineMatches(line.text, a));
    const bs = lines.filter((line) => lineMatches(line.text, b));
    for (const [matcher, found] of [
      [a, as],
      [b, bs],
    ] as const) {
      if (found.length === 0) {
        return failed(
          `Expected a line matching ${describeMatcher(matcher)}; none was printed.` + printedSummary(view),
          {
            t: ctx.trace.elapsed,
          },
        );
      }
    }
    const lastA = as[as.length - 1];
    const firstB = bs[0];
    if (lastA.index < firstB.index) return passed();
    return failed(
      `Every line matching ${describeMatcher(a)} should come before any line matching ${describeMatcher(b)}, ` +
        `but ${quote(firstB.text)} (${where(view, firstB.event)}) came before ` +
        `${quote(lastA.text)} (${where(view, lastA.event)}).`,
      pointerOf(lastA.event),
    );
  });
}

export interface EachInOwnTaskOptions {
  /** Lines printed by the main task do not count as "its own task" (default true). */
  notMain?: boolean;
}

/**
 * Passes when each group of lines was printed by a single task, different groups by different
 * tasks, and (by default) none by the main task: the work really ran in separate tasks.
 */
export function eachInOwnTask<W>(
  groups: Param<LineMatcher[][], W>,
  options: EachInOwnTaskOptions = {},
): Check<W> {
  const notMain = options.notMain ?? true;
  return new Check<W>("eachInOwnTask", (ctx) => {
    const view = viewOf(ctx.trace);
    const lines = printedLines(view);
    const owner = new Map<string, PrintedLine>();
    for (const group of resolve(groups, ctx)) {
      let groupTask: PrintedLine | null = null;
      for (const matcher of group) {
        const line = lines.find((l) => lineMatches(l.text, matcher));
        if (line === undefined) {
          return failed(
            `Expected a line matching ${describeMatcher(matcher)}; none was printed.` + printedSummary(view),
            { t: ctx.trace.elapsed },
          );
        }
        const task = line.event.task ?? null;
        if (task === null) {
          return failed(
            `${quote(line.text)} was printed outside any task (${where(view, line.event)}).`,
            pointerOf(line.event),
          );
        }
        if (notMain && task === view.mainTask) {
          return failed(
            `${quote(line.text)} was printed by the main task ${view.describeTask(task)} ` +
              `(${where(view, line.event)}); it should come from a task of its own.`,
            pointerOf(line.event),
          );
        }
        if (groupTask !== null && groupTask.event.task !== task) {
          return failed(
            `${quote(groupTask.text)} and ${quote(line.text)} belong to the same piece of work but were printed ` +
              `by different tasks: ${view.describeTask(groupTask.event.task)} and ${view.describeTask(task)} ` +
              `(${where(view, line.event)}).`,
            pointerOf(line.event),
          );
        }
        groupTask ??= line;
      }
      if (groupTask === null) continue;
      const task = groupTask.event.task ?? "";
      const other = owner.get(task);
      if (other !== undefined) {
        return failed(
          `${quote(other.text)} and ${quote(groupTask.text)} were both printed by ${view.describeTask(task)}; ` +
            `each should run in a task of its own (${where(view, groupTask.event)}).`,
          pointerOf(groupTask.event),
        );
      }
      owner.set(task, groupTask);
    }
    return passed();
  });
}
