/**
 * Checks on what was printed: exact or normalised output, required lines, single lines.
 */

import { Check, failed, near, passed, resolve } from "../check.ts";
import { messagesFor, type GraderMessages } from "../messages/index.ts";
import {
  describeMatcher,
  describeSelector,
  lineMatches,
  pointerOf,
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
    const m = messagesFor(ctx.lang);
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
        m.output.lineDiffers({
          number: i + 1,
          got: quote(line.text),
          where: where(m, view, line.event),
          want: quote(want[i]),
          sameLines,
        }),
        pointerOf(line.event),
      );
    }
    if (got.length < want.length) {
      const last = got.at(-1);
      return failed(
        m.output.stopsEarly({ got: got.length, want: want.length, next: quote(want[got.length]) }),
        last === undefined ? { t: ctx.trace.elapsed } : pointerOf(last.event),
      );
    }
    if (got.length > want.length) {
      const extra = got[want.length];
      return failed(
        m.output.tooLong({
          got: got.length,
          want: want.length,
          extra: quote(extra.text),
          where: where(m, view, extra.event),
        }),
        pointerOf(extra.event),
      );
    }
    return passed();
  });
}

/** Passes when every one of these lines was printed (in any order; repeated lines count). */
export function outputIncludes<W>(expected: Param<string[], W>): Check<W> {
  return new Check<W>("outputIncludes", (ctx) => {
    const m = messagesFor(ctx.lang);
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
            ? m.output.printedTimes({
                line: quote(line),
                actual: printedTexts.filter((l) => l === line).length,
                want: count,
              })
            : neverPrinted(m, line, printedTexts),
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
    const m = messagesFor(ctx.lang);
    const view = viewOf(ctx.trace);
    const pattern = resolve(matcher, ctx);
    const all = printedLines(view);
    const details = { expected: [describeMatcher(pattern)] };
    let lines = all.filter((line) => lineMatches(line.text, pattern));
    if (lines.length === 0) {
      return failed(
        neverPrinted(
          m,
          pattern,
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
          m.output.printedByOther({
            text: quote(first.text),
            by: first.event.task == null ? null : view.describeTask(first.event.task, m),
            when: when(m, first.event),
            selector: describeSelector(by, m),
          }),
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
          pattern,
          lines.map((line) => line.text),
          m,
        );
        return failed(
          m.output.printedCount({
            what,
            actual: lines.length,
            want: count,
            where: where(m, view, extra.event),
          }),
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
          m.output.printedAt({ text: quote(first.text), where: where(m, view, first.event), at, tolerance }),
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
    const m = messagesFor(ctx.lang);
    const view = viewOf(ctx.trace);
    const wanted = resolve(matcher, ctx);
    const line = printedLines(view).find((l) => lineMatches(l.text, wanted));
    if (line === undefined) return passed();
    return failed(
      m.output.notPrinted({ text: quote(line.text), where: where(m, view, line.event) }),
      pointerOf(line.event),
      { details: { expected: [describeMatcher(wanted)] } },
    );
  });
}

function sameMultiset(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = (xs: string[]): string => JSON.stringify([...xs].sort());
  return sorted(a) === sorted(b);
}

/** "The program never printed …", with the printed line that nearly matches when there is one. */
export function neverPrinted(
  m: GraderMessages,
  matcher: LineMatcher,
  printedTexts: readonly string[],
): string {
  const what = describeLine(matcher, [], m);
  if (printedTexts.length === 0) return m.output.printedNothing({ what });
  const close = typeof matcher === "string" ? nearMiss(matcher, printedTexts) : null;
  if (close !== null) return m.output.nearMiss({ close: quote(close), want: quote(matcher as string) });
  return m.output.neverPrinted({ what });
}
