/**
 * Predict-the-output checks: the learner's predicted lines and times against the real run of the
 * exercise's program.
 */

import { Check, failed, near, passed } from "../check.ts";
import { seconds, viewOf } from "../trace-view.ts";
import type { CheckContext, Prediction } from "../types.ts";
import { printedLines, quote } from "./lines.ts";

function predictionOf<W>(ctx: CheckContext<W>): Prediction {
  // The grader only evaluates prediction checks with a parsed prediction.
  return ctx.prediction ?? { lines: [] };
}

/** "line 3", "lines 3 and 4", "lines 3, 4 and 6". */
function lineNumbers(numbers: number[]): string {
  if (numbers.length === 1) return `line ${numbers[0]}`;
  return `lines ${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
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
      const predicted = predictionOf(ctx).lines.map((line) => line.text.trimEnd());
      const actual = printedLines(viewOf(ctx.trace)).map((line) => line.text.trimEnd());
      const unknown = predicted.find((text) => !actual.includes(text));
      if (unknown !== undefined) {
        return failed(`You predicted ${quote(unknown)}, but the program never prints that line.`);
      }
      if (predicted.length !== actual.length) {
        return failed(
          `You predicted ${predicted.length} line${predicted.length === 1 ? "" : "s"}, but the program prints ` +
            `${actual.length}.`,
        );
      }
      const misplaced = predicted.flatMap((text, i) => (text === actual[i] ? [] : [i + 1]));
      if (misplaced.length === 0) return passed();
      const right = predicted.length - misplaced.length;
      return failed(
        `${capitalise(lineNumbers(misplaced))} of your prediction ${misplaced.length === 1 ? "is" : "are"} not ` +
          `where the program prints ${misplaced.length === 1 ? "it" : "them"}` +
          (right > 0
            ? `; the other ${right === 1 ? "line is" : `${right} lines are`} in the right place.`
            : "."),
        undefined,
        { details: { values: { misplaced: misplaced.join(",") } } },
      );
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
      const actual = printedLines(viewOf(ctx.trace));
      const used = new Set<number>();
      const off: { number: number; text: string; t: number }[] = [];
      for (const [i, line] of predictionOf(ctx).lines.entries()) {
        const text = line.text.trimEnd();
        const match = actual.find((a) => !used.has(a.index) && a.text.trimEnd() === text);
        if (match === undefined) {
          return failed(
            `Line ${i + 1} (${quote(line.text)}) is not a line the program prints, so it has no time to compare.`,
          );
        }
        used.add(match.index);
        if (line.t === undefined) {
          return failed(
            `Line ${i + 1} (${quote(line.text)}) has no predicted time; give each line a time in seconds.`,
          );
        }
        if (!near(line.t, match.event.t, tolerance)) off.push({ number: i + 1, text: line.text, t: line.t });
      }
      if (off.length === 0) return passed();
      const listed = off.map((o) => `${quote(o.text)} at ${seconds(o.t)}`).join(", ");
      return failed(
        `The time${off.length === 1 ? "" : "s"} you gave for ${lineNumbers(off.map((o) => o.number))} (${listed}) ` +
          `${off.length === 1 ? "is" : "are"} more than ${seconds(tolerance)} away from when the program prints ` +
          `${off.length === 1 ? "it" : "them"}.`,
        undefined,
        { details: { values: { off: off.map((o) => o.number).join(","), tolerance } } },
      );
    },
    { scope: "prediction" },
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
