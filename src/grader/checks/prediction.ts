/**
 * Predict-the-output checks: the learner's predicted lines and times against the real run of the
 * exercise's program.
 */

import { Check, failed, near, passed } from "../check.ts";
import { messagesFor } from "../messages/index.ts";
import { viewOf } from "../trace-view.ts";
import type { CheckContext, Prediction } from "../types.ts";
import { printedLines, quote } from "./lines.ts";

function predictionOf<W>(ctx: CheckContext<W>): Prediction {
  // The grader only evaluates prediction checks with a parsed prediction.
  return ctx.prediction ?? { lines: [] };
}

/**
 * Passes when the predicted lines are exactly the printed lines, in order. A failure says which
 * of the learner's lines are out of place, never what the program printed there: the real
 * output is the answer, revealed only by the site's answer gate.
 */
export function predictedOrder<W>(): Check<W> {
  return new Check<W>(
    "predictedOrder",
    (ctx) => {
      const m = messagesFor(ctx.lang);
      const predicted = predictionOf(ctx).lines.map((line) => line.text.trimEnd());
      const actual = printedLines(viewOf(ctx.trace)).map((line) => line.text.trimEnd());
      const unknown = predicted.find((text) => !actual.includes(text));
      if (unknown !== undefined) {
        return failed(m.prediction.unknownLine({ text: quote(unknown) }));
      }
      if (predicted.length !== actual.length) {
        return failed(m.prediction.lineCount({ predicted: predicted.length, actual: actual.length }));
      }
      const misplaced = predicted.flatMap((text, i) => (text === actual[i] ? [] : [i + 1]));
      if (misplaced.length === 0) return passed();
      const right = predicted.length - misplaced.length;
      return failed(m.prediction.misplaced({ lines: misplaced, right }), undefined, {
        details: { values: { misplaced: misplaced.join(",") } },
      });
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
 * order is judged by `predictedOrder`, not twice. A failure names the learner's lines whose times
 * are off, not the real times.
 */
export function predictedTimes<W>(options: PredictedTimesOptions = {}): Check<W> {
  const tolerance = options.tolerance ?? 0.05;
  return new Check<W>(
    "predictedTimes",
    (ctx) => {
      const m = messagesFor(ctx.lang);
      const actual = printedLines(viewOf(ctx.trace));
      const used = new Set<number>();
      const off: { number: number; text: string; t: number }[] = [];
      for (const [i, line] of predictionOf(ctx).lines.entries()) {
        const text = line.text.trimEnd();
        const match = actual.find((a) => !used.has(a.index) && a.text.trimEnd() === text);
        if (match === undefined) {
          return failed(m.prediction.notAProgramLine({ number: i + 1, text: quote(line.text) }));
        }
        used.add(match.index);
        if (line.t === undefined) {
          return failed(m.prediction.noTime({ number: i + 1, text: quote(line.text) }));
        }
        if (!near(line.t, match.event.t, tolerance)) off.push({ number: i + 1, text: line.text, t: line.t });
      }
      if (off.length === 0) return passed();
      return failed(
        m.prediction.timesOff({
          lines: off.map((o) => o.number),
          given: off.map((o) => ({ text: quote(o.text), t: o.t })),
          tolerance,
        }),
        undefined,
        { details: { values: { off: off.map((o) => o.number).join(","), tolerance } } },
      );
    },
    { scope: "prediction" },
  );
}
