/**
 * Warning checks: the runtime's diagnostics (a coroutine never awaited, a slow step in debug
 * mode, an exception never retrieved) were or were not emitted.
 */

import { Check, failed, passed, resolve } from "../check.ts";
import { describeMatcher, lineMatches, pointerOf, viewOf, where } from "../trace-view.ts";
import type { LineMatcher, Param } from "../types.ts";
import { describeLine } from "../wording.ts";
import { quote } from "./lines.ts";

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface WarningFilter {
  /** Only warnings of this category (`RuntimeWarning`, `SlowCallback`, `UnretrievedException`…). */
  category?: string;
}

/** Passes when a warning whose text matches was emitted. */
export function warned<W>(matcher: Param<LineMatcher, W>, options: WarningFilter = {}): Check<W> {
  return new Check<W>("warned", (ctx) => {
    const view = viewOf(ctx.trace);
    const m = resolve(matcher, ctx);
    const candidates = view.warnings.filter(
      (w) => options.category === undefined || w.category === options.category,
    );
    if (candidates.some((w) => lineMatches(w.text ?? "", m))) return passed();
    const kind = options.category === undefined ? "a warning" : `a ${options.category} warning`;
    const seen =
      candidates.length === 0
        ? `no ${kind.replace(/^an? /, "")} was emitted`
        : `the runtime warned ${candidates.map((w) => quote(w.text ?? "")).join(", ")}`;
    return failed(
      `${capitalise(seen)}, but the runtime should emit ${kind} ${describeLine(m).replace(/^(the|a) line /, "")}.`,
      { t: ctx.trace.elapsed },
      { details: { expected: [describeMatcher(m)] } },
    );
  });
}

/** Passes when no warning matches (any warning at all when no matcher is given). */
export function notWarned<W>(matcher?: Param<LineMatcher, W>, options: WarningFilter = {}): Check<W> {
  return new Check<W>("notWarned", (ctx) => {
    const view = viewOf(ctx.trace);
    const m = matcher === undefined ? /[\s\S]*/ : resolve(matcher, ctx);
    const hit = view.warnings.find(
      (w) =>
        (options.category === undefined || w.category === options.category) && lineMatches(w.text ?? "", m),
    );
    if (hit === undefined) return passed();
    const what =
      matcher === undefined
        ? "no warning at all"
        : `no warning ${describeLine(m).replace(/^(the|a) line /, "")}`;
    return failed(
      `The runtime warned ${quote(hit.text ?? "")} ${where(view, hit)}, but there should be ${what}.`,
      pointerOf(hit),
    );
  });
}
