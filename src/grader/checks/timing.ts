/**
 * Timing checks on the virtual clock: when the program ended ("≈3.0 s, not 5.0 s").
 *
 * Virtual time is exact for programs that only await sleeps, but CPU work advances the clock in
 * proportion to the work done, so timing checks always take a tolerance.
 */

import { Check, failed, near, passed, resolve } from "../check.ts";
import { messagesFor } from "../messages/index.ts";
import type { Localized, Param } from "../types.ts";

export interface FinishedNearOptions<W> {
  /** Allowed distance from the expected time, in virtual seconds (default 0.05). */
  tolerance?: number;
  /** A time the program must NOT end near (typically the sequential total). */
  not?: Param<number, W>;
  /**
   * What ending at `not` means, for the message ("the delays ran one after the other"). A plain
   * string is translated in the exercise's `<lang>.ts`; a check that is not itself an entry of
   * `checks` (one a custom check delegates to) gives every language here instead.
   */
  notMeans?: string | Localized;
}

/** Passes when the program ended at ≈`expected` virtual seconds (and not at ≈`not`). */
export function finishedNear<W>(expected: Param<number, W>, options: FinishedNearOptions<W> = {}): Check<W> {
  return new Check<W>(
    "finishedNear",
    (ctx) => {
      const m = messagesFor(ctx.lang);
      const want = resolve(expected, ctx);
      const tolerance = options.tolerance ?? 0.05;
      const actual = ctx.trace.elapsed;
      const notValue = options.not === undefined ? null : resolve(options.not, ctx);
      const at = { t: actual };
      const details = { values: { expected: want, actual, tolerance } };
      if (notValue !== null && near(actual, notValue, tolerance)) {
        const given = options.notMeans;
        const meaning =
          typeof given === "object"
            ? given[ctx.lang]
            : (ctx.translation?.notMeans ?? given ?? m.timing.defaultNotMeans);
        return failed(m.timing.finishedAtNot({ actual, meaning, want, tolerance }), at, { details });
      }
      if (!near(actual, want, tolerance)) {
        return failed(m.timing.finishedOff({ actual, want, tolerance }), at, { details });
      }
      return passed();
    },
    typeof options.notMeans === "string" ? { notMeans: options.notMeans } : {},
  );
}

/** Passes when the program ended no later than `max` virtual seconds ("elapsed ≤ max, not sum"). */
export function finishedWithin<W>(max: Param<number, W>): Check<W> {
  return new Check<W>("finishedWithin", (ctx) => {
    const limit = resolve(max, ctx);
    const actual = ctx.trace.elapsed;
    if (actual <= limit + 1e-9) return passed();
    return failed(messagesFor(ctx.lang).timing.finishedAfter({ actual, limit }), { t: actual });
  });
}
