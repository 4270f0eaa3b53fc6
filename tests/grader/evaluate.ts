/** Runs one check on one hand-built trace, the way the grader does for one variant. */

import type { Lang } from "../../src/i18n/lang.ts";
import type { Check } from "../../src/grader/check.ts";
import type { CheckOutcome, Prediction, Trace } from "../../src/grader/types.ts";

export function evaluate<W>(
  check: Check<W>,
  trace: Trace,
  options: { world?: W; source?: string; prediction?: Prediction; lang?: Lang } = {},
): CheckOutcome {
  const lang = options.lang ?? "en";
  return check.evaluate({
    trace,
    world: options.world as W,
    variant: "test",
    source: options.source ?? "",
    prediction: options.prediction ?? null,
    lang,
    say: (text) => text[lang],
  });
}
