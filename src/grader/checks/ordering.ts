/**
 * Ordering checks: lines in sequence, partial orders ("every A before any B"), and which task
 * printed what. Task identities are what make replaying the expected output from one task fail.
 */

import { Check, failed, passed, resolve } from "../check.ts";
import { messagesFor } from "../messages/index.ts";
import { describeMatcher, lineMatches, pointerOf, viewOf, when, where } from "../trace-view.ts";
import type { LineMatcher, Param } from "../types.ts";
import { printedLines, quote, type PrintedLine } from "./lines.ts";
import { neverPrinted } from "./output.ts";

/** Passes when lines matching the matchers appear in this order (other lines may come between). */
export function inOrder<W>(matchers: Param<LineMatcher[], W>): Check<W> {
  return new Check<W>("inOrder", (ctx) => {
    const m = messagesFor(ctx.lang);
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
          m.ordering.inOrder({
            early: quote(earlier.text),
            earlyWhere: where(m, view, earlier.event),
            previous: quote(previous.text),
            previousWhere: where(m, view, previous.event),
          }),
          pointerOf(earlier.event),
          { details },
        );
      }
      return failed(
        neverPrinted(
          m,
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
    const m = messagesFor(ctx.lang);
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
        return failed(neverPrinted(m, matcher, texts), { t: ctx.trace.elapsed }, { details });
      if (matcher !== b) as.push(...found);
    }
    const lastA = as.reduce((last, line) => (line.index > last.index ? line : last));
    const firstB = lines.find((line) => lineMatches(line.text, b)) as PrintedLine;
    if (lastA.index < firstB.index) return passed();
    return failed(
      m.ordering.before({
        then: quote(firstB.text),
        thenWhere: where(m, view, firstB.event),
        first: quote(lastA.text),
        firstWhere: where(m, view, lastA.event),
      }),
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
    const m = messagesFor(ctx.lang);
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
              m,
              matcher,
              lines.map((l) => l.text),
            ),
            { t: ctx.trace.elapsed },
          );
        }
        const task = line.event.task ?? null;
        if (task === null) {
          return failed(
            m.ordering.outsideAnyTask({ text: quote(line.text), where: where(m, view, line.event) }),
            pointerOf(line.event),
          );
        }
        if (notMain && task === view.mainTask) {
          return failed(
            m.ordering.byMainTask({ text: quote(line.text), when: when(m, line.event) }),
            pointerOf(line.event),
          );
        }
        if (groupTask !== null && groupTask.event.task !== task) {
          return failed(
            m.ordering.differentTasks({
              a: quote(groupTask.text),
              b: quote(line.text),
              taskA: view.describeTask(groupTask.event.task ?? "", m),
              taskB: view.describeTask(task, m),
            }),
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
          m.ordering.sameTask({
            a: quote(other.text),
            b: quote(groupTask.text),
            task: view.describeTask(task, m),
          }),
          pointerOf(groupTask.event),
        );
      }
      owner.set(task, groupTask);
    }
    return passed();
  });
}
