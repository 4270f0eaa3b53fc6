/**
 * What a differential test compares: the lines a program printed (virtual time, task, text), the
 * virtual time when it ended, and its uncaught exception — and a side-by-side report of the
 * differences between CPython's run and the sandbox's.
 */
import type { Trace } from "../../runtime/trace.ts";

/** One printed line. */
export interface PrintedLine {
  /** Virtual time in seconds, rounded to 6 decimal places. */
  t: number;
  task: string | null;
  text: string;
}

/** The observable outcome of one run, in the shape both sides are reduced to. */
export interface Outcome {
  lines: PrintedLine[];
  elapsed: number;
  /** The uncaught exception as `Name: message`, or null. */
  error: string | null;
}

/** The JSON document `oracle.py` prints. */
export interface OracleTrace {
  events: { t: number; task: string | null; text: string }[];
  elapsed: number;
  error: string | null;
  /** With `--blocking`: the tasks whose steps held the loop with CPU work, in order. */
  blocked?: (string | null)[];
}

/** Both sides do the same float arithmetic, so times should be equal; rounding only hides noise. */
export function roundTime(t: number): number {
  return Math.round(t * 1e6) / 1e6;
}

export function outcomeFromOracle(trace: OracleTrace): Outcome {
  return {
    lines: trace.events.map((e) => ({ t: roundTime(e.t), task: e.task, text: e.text })),
    elapsed: roundTime(trace.elapsed),
    error: trace.error,
  };
}

export function outcomeFromTrace(trace: Trace): Outcome {
  const lines: PrintedLine[] = [];
  for (const event of trace.events) {
    if (event.type === "stdout") {
      lines.push({ t: roundTime(event.t), task: event.task, text: event.text ?? "" });
    }
  }
  const error = trace.error === null ? null : `${trace.error.name}: ${trace.error.message}`;
  return { lines, elapsed: roundTime(trace.elapsed), error };
}

function formatLine(line: PrintedLine): string {
  return `${line.t.toFixed(6)}  ${line.task ?? "-"}  ${line.text}`;
}

type Row = { kind: "same" | "expected-only" | "actual-only"; left: string; right: string };

/** Aligns the two line lists on their longest common subsequence, so one extra line shows as one. */
function alignLines(expected: string[], actual: string[]): Row[] {
  const n = expected.length;
  const m = actual.length;
  // common[i][j] = length of the LCS of expected[i..] and actual[j..]
  const common: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      common[i][j] =
        expected[i] === actual[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const rows: Row[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) {
      rows.push({ kind: "same", left: expected[i++], right: actual[j++] });
    } else if (j >= m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
      rows.push({ kind: "expected-only", left: expected[i++], right: "" });
    } else {
      rows.push({ kind: "actual-only", left: "", right: actual[j++] });
    }
  }
  return rows;
}

/**
 * A readable side-by-side report of how `actual` (the sandbox) differs from `expected` (CPython),
 * or the empty string when they are equal. Lines are `time  task  text`; `<` marks a line only
 * CPython printed, `>` a line only the sandbox printed.
 */
export function describeDifferences(expected: Outcome, actual: Outcome): string {
  const left = expected.lines.map(formatLine);
  const right = actual.lines.map(formatLine);
  const rows = alignLines(left, right);
  const linesDiffer = rows.some((row) => row.kind !== "same");
  const elapsedDiffers = expected.elapsed !== actual.elapsed;
  const errorDiffers = expected.error !== actual.error;
  if (!linesDiffer && !elapsedDiffers && !errorDiffers) return "";

  const width = Math.max("CPython (expected)".length, ...left.map((s) => s.length));
  const out: string[] = [];
  if (linesDiffer) {
    out.push(`  ${"CPython (expected)".padEnd(width)} | Looplab sandbox (actual)`);
    for (const row of rows) {
      const mark = row.kind === "same" ? " " : row.kind === "expected-only" ? "<" : ">";
      out.push(`${mark} ${row.left.padEnd(width)} |${row.right === "" ? "" : ` ${row.right}`}`);
    }
  }
  if (elapsedDiffers) out.push(`elapsed: CPython ${expected.elapsed}, sandbox ${actual.elapsed}`);
  if (errorDiffers) out.push(`error: CPython ${expected.error ?? "none"}, sandbox ${actual.error ?? "none"}`);
  return out.join("\n");
}
