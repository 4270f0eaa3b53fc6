/**
 * What is wrong with text that `JSON.parse` refused, in values any language can say. The
 * engine's own message (`detail`) is English; the place it names (`at position 12` or `line 3
 * column 7`, as V8 and SpiderMonkey write it) and the unexpected character are what a translation
 * needs.
 */

export type JsonProblem =
  | { kind: "empty"; detail: string }
  /** The text stops before the value is complete: a missing `}` or `"`. */
  | { kind: "end"; detail: string }
  | { kind: "at"; line: number; column: number; detail: string }
  /** A character no JSON value starts with, where the engine gives no position. */
  | { kind: "token"; token: string; detail: string }
  | { kind: "other"; detail: string };

/** Classifies the error `JSON.parse(text)` threw. */
export function jsonProblem(text: string, error: unknown): JsonProblem {
  const detail = error instanceof Error ? error.message : String(error);
  if (text.trim() === "") return { kind: "empty", detail };
  const position = /at position (\d+)/.exec(detail);
  if (position) return { kind: "at", ...lineAndColumn(text, Number(position[1])), detail };
  const place = /line (\d+) column (\d+)/.exec(detail);
  if (place) return { kind: "at", line: Number(place[1]), column: Number(place[2]), detail };
  if (/end of (JSON )?(input|data)/i.test(detail)) return { kind: "end", detail };
  const token = /^Unexpected token '(.+?)'/su.exec(detail);
  if (token) return { kind: "token", token: token[1], detail };
  return { kind: "other", detail };
}

/** The 1-based line and column of the character at `offset`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
