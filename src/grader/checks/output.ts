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
  where,
} from "../trace-view.ts";
import type { LineMatcher, Param, TaskSelector } from "../types.ts";
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
        `Line ${i + 1} of the output differs.\n  expected: ${quote(want[i])}\n  printed:  ${quote(line.text)} ` +
          `(${where(view, line.event)})` +
          (sameLines ? "\nAll the expected lines were printed, but in a different order." : ""),
        pointerOf(line.event),
      );
    }
    if (got.length < want.length) {
      const last = got.at(-1);
      return failed(
        `The output stops after ${got.length} line(s); expected ${want.length}. ` +
          `The next expected line is ${quote(want[got.length])}.`,
        last === undefined ? { t: ctx.trace.elapsed } : pointerOf(last.event),
      );
    }
    if (got.length > want.length) {
      const extra = got[want.length];
      return failed(
        `The output has ${got.length} lines; expected ${want.length}. ` +
          `The first extra line is ${quote(extra.text)} (${where(view, extra.event)}).`,
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
    const remaining = printedLines(view).map((line) => line.text);
    for (const line of resolve(expected, ctx)) {
      const index = remaining.indexOf(line);
      if (index === -1) {
        const count = resolve(expected, ctx).filter((l) => l === line).length;
        return failed(
          count > 1
            ? `Expected the line ${quote(line)} to be printed ${count} times; it was printed fewer times.`
            : `Expected the line ${quote(line)} to be printed; it never was.` + printedSummary(view),
          { t: ctx.trace.elapsed },
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
    let lines = printedLines(view).filter((line) => lineMatches(line.text, m));
    if (lines.length === 0) {
      return failed(
        `Expected a line matching ${describeMatcher(m)}; none was printed.` + printedSummary(view),
        {
          t: ctx.trace.elapsed,
        },
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
            `, not by ${describeSelector(by)} (${where(view, first.event)}).`,
          pointerOf(first.event),
        );
      }
    }
    if (options.count !== undefined) {
      const count = resolve(options.count, ctx);
      if (lines.length !== count) {
        const extra = lines[count] ?? lines[lines.length - 1];
        return failed(
          `Expected ${count} line(s) matching ${describeMatcher(m)}; ${lines.length} were printed ` +
            `(${lines.length > count ? "the first extra one " : "the last one "}${where(view, extra.event)}).`,
          pointerOf(extra.event),
        );
      }
    }
    if (options.at !== undefined) {
      const at = resolve(options.at, ctx);
      const tolerance = options.tolerance ?? 0.05;
      if (!lines.some((line) => near(line.event.t, at, tolerance))) {
        const first = lines[0];
        return failed(
          `Expected ${quote(first.text)} at ≈${seconds(at)} (±${seconds(tolerance)}); ` +
            `it was printed at ${seconds(first.event.t)} (${where(view, first.event)}).`,
          pointerOf(first.event),
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
      `No line should match ${describeMatcher(m)}, but ${quote(line.text)} was printed ${where(view, line.event)}.`,
      pointerOf(line.event),
    );
  });
}

function sameMultiset(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = (xs: string[]): string => JSON.stringify([...xs].sort());
  return sorted(a) === sorted(b);
}

/** A short reminder of what was printed, for "never printed" messages. */
export function printedSummary(view: ReturnType<typeof viewOf>): string {
  const lines = printedLines(view);
  if (lines.length === 0) return " The program printed nothing.";
  const shown = lines.slice(0, 6).map((line) => `\n  ${seconds(line.event.t)}  ${quote(line.text)}`);
  const more = lines.length > 6 ? `\n  … ${lines.length - 6} more` : "";
  return `\nThe program printed:${shown.join("")}${more}`;
}
