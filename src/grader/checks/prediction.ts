/**
 * Predict-the-output checks: the learner's predicted lines and times against the real run of the
 * exercise's program.
 */

import { Check, failed, near, passed } from "../check.ts";
import { pointerOf, seconds, viewOf } from "../trace-view.ts";
import type { CheckContext, Prediction } from "../types.ts";
import { printedLines, quote } from "./lines.ts";

function predictionOf<W>(ctx: CheckContext<W>): Prediction {
  // The grader only evaluates prediction checks with a parsed prediction.
  return ctx.prediction ?? { lines: [] };
}

/** Passes when the predicted lines are exactly the printed lines, in order. */
export function predictedOrder<W>(): Check<W> {
  return new Check<W>(
    "predictedOrder",
    (ctx) => {
      const predicted = predictionOf(ctx).lines.map((line) => line.text.trimEnd());
      const actual = printedLines(viewOf(ctx.trace));
      const common = Math.min(predicted.length, actual.length);
      for (let i = 0; i < common; i++) {
        if (predicted[i] === actual[i].text.trimEnd()) continue;
        return failed(
          `Line ${i + 1}: you predicted ${quote(predicted[i])}, but the program printed ${quote(actual[i].text)} there ` +
            `(at t=${seconds(actual[i].event.t)}).`,
          pointerOf(actual[i].event),
        );
      }
      if (predicted.length < actual.length) {
        return failed(
          `You predicted ${predicted.length} line(s); the program printed ${actual.length}. ` +
            `Line ${predicted.length + 1} is missing.`,
          pointerOf(actual[predicted.length].event),
        );
      }
      if (predicted.length > actual.length) {
        return failed(
          `You predicted ${predicted.length} lines; the program printed only ${actual.length}. ` +
            `${quote(predicted[actual.length])} is one too many.`,
          { t: ctx.trace.elapsed },
        );
      }
      return passed();
    },
    { scope: "prediction" },
  );
}

export interface PredictedTimesOptions {
  /** Allowed distance between a predicted and the real time, in virtual seconds (default 0.05). */
  tolerance?: number;
}

/**
 * Passes when every predicted line carries a time within `tolerance` of when that line was really
 * printed. Lines pair by text (the k-th prediction of a text with its k-th printing), so a wrong
 * order is judged by `predictedOrder`, not twice.
 */
export function predictedTimes<W>(options: PredictedTimesOptions = {}): Check<W> {
  const tolerance = options.tolerance ?? 0.05;
  return new Check<W>(
    "predictedTimes",
    (ctx) => {
      const actual = printedLines(viewOf(ctx.trace));
      const used = new Set<number>();
      for (const [i, line] of predictionOf(ctx).lines.entries()) {
        const text = line.text.trimEnd();
        const match = actual.find((a) => !used.has(a.index) && a.text.trimEnd() === text);
        if (match === undefined) {
          return failed(
            `Line ${i + 1}: the program never printed ${quote(line.text)}, so it has no time to compare.`,
            {
              t: ctx.trace.elapsed,
            },
          );
        }
        used.add(match.index);
        if (line.t === undefined) {
          return failed(`Line ${i + 1} (${quote(line.text)}) has no predicted time.`, pointerOf(match.event));
        }
        if (!near(line.t, match.event.t, tolerance)) {
          return failed(
            `Line ${i + 1}: you predicted ${quote(line.text)} at ${seconds(line.t)}; ` +
              `it was printed at ${seconds(match.event.t)} (±${seconds(tolerance)} allowed).`,
            pointerOf(match.event),
          );
        }
      }
      return passed();
    },
    { scope: "prediction" },
  );
}
