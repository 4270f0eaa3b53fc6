/**
 * Checks on what was printed: exact or normalised output, required lines, single lines.
 */

import { Check, failed, near, passed, resolve } from "../check.ts";
import {
  describeMatcher,
  describeSelector,
  lineMatches,
  pointerOf,
  seconds,
  viewOf,
  when,
  where,
} from "../trace-view.ts";
import type { LineMatcher, Param, TaskSelector } from "../types.ts";
import { describeLine, nearMiss } from "../wording.ts";
import { normaliseLine, printedLines, quote } from "./lines.ts";

export interface OutputEqualsOptions {
  /** Trim lines, collapse runs of spaces and drop blank lines before comparing. */
  normalise?: boolean;
}

/** Passes when the program printed exactly these lines, in this order. */
export function outputEquals<W>(expected: Param<string[], W>, options: OutputEqualsOptions = {}): Check<W> {
  return new Check<W>("outputEquals", (ctx) => {
    const view = viewOf(ctx.trace);
    const prepare = (text: string): string => (options.normalise ? normaliseLine(text) : text);
    const keep = (text: string): boolean => !options.normalise || text.trim() !== "";
    const want = resolve(expected, ctx).map(prepare).filter(keep);
    const got = printedLines(view)
      .filter((line) => keep(line.text))
      .map((line) => ({ ...line, text: prepare(line.text) }));

    const common = Math.min(want.length, got.length);
    for (let i = 0; i < common; i++) {
      const line = got[i];
      if (line.text === want[i]) continue;
      const sameLines = sameMultiset(
        want,
        got.map((g) => g.text),
      );
      return failed(
        `Line ${i + 1} of the output is ${quote(line.text)} (printed ${where(view, line.event)}), ` +
          `but it should be ${quote(want[i])}.` +
          (sameLines ? " All the expected lines were printed, but in a different order." : ""),
        pointerOf(line.event),
      );
    }
    if (got.length < want.length) {
      const last = got.at(-1);
      return failed(
        `The output stops after ${lineCount(got.length)}, but it should have ${want.length}: ` +
          `the next one is ${quote(want[got.length])}.`,
        last === undefined ? { t: ctx.trace.elapsed } : pointerOf(last.event),
      );
    }
    if (got.length > want.length) {
      const extra = got[want.length];
      return failed(
        `The output has ${lineCount(got.length)} but should have ${want.length}: the first extra one is ` +
          `${quote(extra.text)} (printed ${where(view, extra.event)}).`,
        pointerOf(extra.event),
      );
    }
    return passed();
  });
}

/** Passes when every one of these lines was printed (in any order; repeated lines count). */
export function outputIncludes<W>(expected: Param<string[], W>): Check<W> {
  return new Check<W>("outputIncludes", (ctx) => {
    const view = viewOf(ctx.trace);
    const printedTexts = printedLines(view).map((line) => line.text);
    const remaining = [...printedTexts];
    const wanted = resolve(expected, ctx);
    for (const line of wanted) {
      const index = remaining.indexOf(line);
      if (index === -1) {
        const count = wanted.filter((l) => l === line).length;
        return failed(
          count > 1
            ? `The line ${quote(line)} was printed ${times(printedTexts.filter((l) => l === line).length)}, ` +
                `but it should be printed ${times(count)}.`
            : neverPrinted(line, printedTexts),
          { t: ctx.trace.elapsed },
          { details: { expected: wanted.map(describeMatcher) } },
        );
      }
      remaining.splice(index, 1);
    }
    return passed();
  });
}

export interface PrintedOptions<W> {
  /** The line must be printed by this task. */
  by?: TaskSelector;
  /** The line must be printed at ≈ this virtual time. */
  at?: Param<number, W>;
  /** Allowed distance from `at`, in virtual seconds (default 0.05). */
  tolerance?: number;
  /** The number of matching lines must be exactly this. */
  count?: Param<number, W>;
}

/** Passes when a line matching `matcher` was printed (optionally by a task, at a time, a number of times). */
export function printed<W>(matcher: Param<LineMatcher, W>, options: PrintedOptions<W> = {}): Check<W> {
  return new Check<W>("printed", (ctx) => {
    const view = viewOf(ctx.trace);
    const m = resolve(matcher, ctx);
    const all = printedLines(view);
    const details = { expected: [describeMatcher(m)] };
    let lines = all.filter((line) => lineMatches(line.text, m));
    if (lines.length === 0) {
      return failed(
        neverPrinted(
          m,
          all.map((line) => line.text),
        ),
        { t: ctx.trace.elapsed },
        { details },
      );
    }
    if (options.by !== undefined) {
      const by = options.by;
      const tasks = new Set(view.selectTasks(by).map((info) => info.name));
      const fromOthers = lines;
      lines = lines.filter((line) => line.event.task != null && tasks.has(line.event.task));
      if (lines.length === 0) {
        const first = fromOthers[0];
        return failed(
          `${quote(first.text)} was printed ` +
            (first.event.task == null ? "outside any task" : `by ${view.describeTask(first.event.task)}`) +
            ` ${when(first.event)}, but it should be printed by ${describeSelector(by)}.`,
          pointerOf(first.event),
          { details },
        );
      }
    }
    if (options.count !== undefined) {
      const count = resolve(options.count, ctx);
      if (lines.length !== count) {
        const extra = lines[count] ?? lines[lines.length - 1];
        const what = describeLine(
          m,
          lines.map((line) => line.text),
        );
        return failed(
          `${capitalise(what)} was printed ${times(lines.length)}, but it should be printed ${times(count)} ` +
            `(${lines.length > count ? "the first extra one" : "the last one"} ${where(view, extra.event)}).`,
          pointerOf(extra.event),
          { details: { ...details, values: { expected: count, actual: lines.length } } },
        );
      }
    }
    if (options.at !== undefined) {
      const at = resolve(options.at, ctx);
      const tolerance = options.tolerance ?? 0.05;
      if (!lines.some((line) => near(line.event.t, at, tolerance))) {
        const first = lines[0];
        return failed(
          `${quote(first.text)} was printed ${where(view, first.event)}, ` +
            `but it should be printed at ${seconds(at)}, give or take ${seconds(tolerance)}.`,
          pointerOf(first.event),
          { details: { ...details, values: { expected: at, actual: first.event.t, tolerance } } },
        );
      }
    }
    return passed();
  });
}

/** Passes when no printed line matches. */
export function notPrinted<W>(matcher: Param<LineMatcher, W>): Check<W> {
  return new Check<W>("notPrinted", (ctx) => {
    const view = viewOf(ctx.trace);
    const m = resolve(matcher, ctx);
    const line = printedLines(view).find((l) => lineMatches(l.text, m));
    if (line === undefined) return passed();
    return failed(
      `${quote(line.text)} was printed ${where(view, line.event)}, but the program should not print it.`,
      pointerOf(line.event),
      { details: { expected: [describeMatcher(m)] } },
    );
  });
}

function sameMultiset(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = (xs: string[]): string => JSON.stringify([...xs].sort());
  return sorted(a) === sorted(b);
}

/** "The program never printed …", with the printed line that nearly matches when there is one. */
export function neverPrinted(matcher: LineMatcher, printedTexts: readonly string[]): string {
  const what = describeLine(matcher);
  if (printedTexts.length === 0) return `The program printed nothing; it should print ${what}.`;
  const close = typeof matcher === "string" ? nearMiss(matcher, printedTexts) : null;
  if (close !== null)
    return `The program printed ${quote(close)}, but it should print ${quote(matcher as string)}.`;
  return `The program never printed ${what}.`;
}

/** "once", "twice", "3 times". */
export function times(count: number): string {
  return count === 1 ? "once" : count === 2 ? "twice" : `${count} times`;
}

function lineCount(count: number): string {
  return count === 1 ? "1 line" : `${count} lines`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
