/**
 * Printed lines as checks see them: one entry per output line, with the event that printed it.
 *
 * A single `print("a\nb")` is one `stdout` event but two lines of output; checks compare lines.
 */

import type { TraceEvent } from "../../../runtime/trace.ts";
import type { TraceView } from "../trace-view.ts";

export interface PrintedLine {
  text: string;
  /** Index among printed lines, from 0. */
  index: number;
  event: TraceEvent;
}

export function printedLines(view: TraceView): PrintedLine[] {
  const lines: PrintedLine[] = [];
  for (const event of view.stdout) {
    for (const text of (event.text ?? "").split("\n")) {
      lines.push({ text, index: lines.length, event });
    }
  }
  return lines;
}

/** Trims, collapses runs of spaces and tabs; the form `outputEquals(…, { normalise: true })` compares. */
export function normaliseLine(text: string): string {
  return text.trim().replace(/[ \t]+/g, " ");
}

/** Quotes a line for a message (see `wording.ts`). */
export { quote } from "../wording.ts";
