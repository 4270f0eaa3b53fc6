/**
 * Ordering checks: lines in sequence, partial orders ("every A before any B"), and which task
 * printed what. Task identities are what make replaying the expected output from one task fail.
 */

import { Check, failed, passed, resolve } from "../check.ts";
import { describeMatcher, lineMatches, pointerOf, viewOf, when, where } from "../trace-view.ts";
import type { LineMatcher, Param } from "../types.ts";
import { printedLines, quote, type PrintedLine } from "./lines.ts";
import { neverPrinted } from "./output.ts";

/** Passes when lines matching the matchers appear in this order (other lines may come between). */
export function inOrder<W>(matchers: Param<LineMatcher[], W>): Check<W> {
  return new Check<W>("inOrder", (ctx) => {
    const view = viewOf(ctx.trace);
    const lines = printedLines(view);
    const wanted = resolve(matchers, ctx);
    const details = { expected: wanted.map(describeMatcher) };
    let previous: PrintedLine | null = null;
    for (const matcher of wanted) {
      const from: number = previous === null ? 0 : previous.index + 1;
      const next = lines.slice(from).find((line) => lineMatches(line.text, matcher));
      if (next !== undefined) {
        previous = next;
        continue;
      }
      const earlier = lines.slice(0, from).find((line) => lineMatches(line.text, matcher));
      if (earlier !== undefined && previous !== null) {
        return failed(
          `${quote(earlier.text)} was printed ${where(view, earlier.event)}, before ${quote(previous.text)} ` +
            `(${where(view, previous.event)}), but it should come after it.`,
          pointerOf(earlier.event),
          { details },
        );
      }
      return failed(
        neverPrinted(
          matcher,
          lines.map((line) => line.text),
        ),
        previous === null ? { t: ctx.trace.elapsed } : pointerOf(previous.event),
        { details },
      );
    }
    return passed();
  });
}

/**
 * Passes when every line matching `first` comes before any line matching `then`. `first` may be
 * a list of matchers: then each of them must be printed, and all of them before any `then` line
 * ("every job finishes, then the morning is over").
 */
export function before<W>(
  first: Param<LineMatcher | LineMatcher[], W>,
  then: Param<LineMatcher, W>,
): Check<W> {
  return new Check<W>("before", (ctx) => {
    const view = viewOf(ctx.trace);
    const lines = printedLines(view);
    const texts = lines.map((line) => line.text);
    const resolved = resolve(first, ctx);
    const firsts = Array.isArray(resolved) ? resolved : [resolved];
    const b = resolve(then, ctx);
    const details = { expected: [...firsts.map(describeMatcher), describeMatcher(b)] };
    const as: PrintedLine[] = [];
    for (const matcher of [...firsts, b]) {
      const found = lines.filter((line) => lineMatches(line.text, matcher));
      if (found.length === 0)
        return failed(neverPrinted(matcher, texts), { t: ctx.trace.elapsed }, { details });
      if (matcher !== b) as.push(...found);
    }
    const lastA = as.reduce((last, line) => (line.index > last.index ? line : last));
    const firstB = lines.find((line) => lineMatches(line.text, b)) as PrintedLine;
    if (lastA.index < firstB.index) return passed();
    return failed(
      `${quote(firstB.text)} was printed ${where(view, firstB.event)}, before ${quote(lastA.text)} ` +
        `(${where(view, lastA.event)}), but ${quote(lastA.text)} should come before it.`,
      pointerOf(firstB.event),
      { details },
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
            neverPrinted(
              matcher,
              lines.map((l) => l.text),
            ),
            { t: ctx.trace.elapsed },
          );
        }
        const task = line.event.task ?? null;
        if (task === null) {
          return failed(
            `${quote(line.text)} was printed outside any task (${where(view, line.event)}), but it should ` +
              "come from a task of its own.",
            pointerOf(line.event),
          );
        }
        if (notMain && task === view.mainTask) {
          return failed(
            `${quote(line.text)} was printed by the main task ${when(line.event)}, but it should come from ` +
              "a task of its own.",
            pointerOf(line.event),
          );
        }
        if (groupTask !== null && groupTask.event.task !== task) {
          return failed(
            `${quote(groupTask.text)} and ${quote(line.text)} were printed by different tasks, ` +
              `${view.describeTask(groupTask.event.task)} and ${view.describeTask(task)}, but they belong to ` +
              "the same piece of work and should come from one task.",
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
          `${quote(other.text)} and ${quote(groupTask.text)} were both printed by ${view.describeTask(task)}, ` +
            "but each should run in a task of its own.",
          pointerOf(groupTask.event),
        );
      }
      owner.set(task, groupTask);
    }
    return passed();
  });
}
