/**
 * Warning checks: the runtime's diagnostics (a coroutine never awaited, a slow step in debug
 * mode, an exception never retrieved) were or were not emitted.
 */

import { Check, failed, passed, resolve } from "../check.ts";
import { messagesFor } from "../messages/index.ts";
import { describeMatcher, lineMatches, pointerOf, viewOf, where } from "../trace-view.ts";
import type { LineMatcher, Param } from "../types.ts";
import { lineShape } from "../wording.ts";
import { quote } from "./lines.ts";

export interface WarningFilter {
  /** Only warnings of this category (`RuntimeWarning`, `SlowCallback`, `UnretrievedException`…). */
  category?: string;
}

/** Passes when a warning whose text matches was emitted. */
export function warned<W>(matcher: Param<LineMatcher, W>, options: WarningFilter = {}): Check<W> {
  return new Check<W>("warned", (ctx) => {
    const view = viewOf(ctx.trace);
    const wanted = resolve(matcher, ctx);
    const candidates = view.warnings.filter(
      (w) => options.category === undefined || w.category === options.category,
    );
    if (candidates.some((w) => lineMatches(w.text ?? "", wanted))) return passed();
    return failed(
      messagesFor(ctx.lang).warnings.notWarned({
        category: options.category,
        seen: candidates.map((w) => quote(w.text ?? "")),
        shape: lineShape(wanted),
      }),
      { t: ctx.trace.elapsed },
      { details: { expected: [describeMatcher(wanted)] } },
    );
  });
}

/** Passes when no warning matches (any warning at all when no matcher is given). */
export function notWarned<W>(matcher?: Param<LineMatcher, W>, options: WarningFilter = {}): Check<W> {
  return new Check<W>("notWarned", (ctx) => {
    const view = viewOf(ctx.trace);
    const wanted = matcher === undefined ? /[\s\S]*/ : resolve(matcher, ctx);
    const hit = view.warnings.find(
      (w) =>
        (options.category === undefined || w.category === options.category) &&
        lineMatches(w.text ?? "", wanted),
    );
    if (hit === undefined) return passed();
    const m = messagesFor(ctx.lang);
    return failed(
      m.warnings.warnedAnyway({
        text: quote(hit.text ?? ""),
        where: where(m, view, hit),
        shape: matcher === undefined ? null : lineShape(wanted),
      }),
      pointerOf(hit),
    );
  });
}
