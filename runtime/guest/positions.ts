/**
 * Maps positions in the learner's compiled code (from QuickJS stack traces) back to their
 * TypeScript source, with the decoded source map the host passes in.
 */
import { LEARNER_FILE, PRELUDE_FILE } from "../protocol.ts";
import { config } from "./session.ts";

export interface SourcePosition {
  line: number;
  column: number;
}

/** Maps a 1-based compiled line/column to the 1-based TypeScript position, if known. */
export function mapPosition(line: number, column: number): SourcePosition | undefined {
  const { mappings, lineOffset } = config;
  let index = line - 1 - lineOffset;
  if (index < 0 || index >= mappings.length) return undefined;
  let segments = mappings[index];
  let best: number[] | undefined;
  for (const segment of segments) {
    if (segment[0] <= column - 1) best = segment;
    else break;
  }
  best ??= segments[0];
  // A line with no mapping (a helper the compiler emitted) belongs to the nearest earlier line.
  while (!best && index > 0) {
    index -= 1;
    segments = mappings[index];
    best = segments[segments.length - 1];
  }
  return best ? { line: best[1] + 1, column: best[2] + 1 } : undefined;
}

const escape = (name: string): string => name.replace(/[.]/g, "\\.");
const FRAME = new RegExp(
  `^\\s*at (.*?) \\(${escape(LEARNER_FILE)}:(\\d+):(\\d+)\\)|^\\s*at ${escape(LEARNER_FILE)}:(\\d+):(\\d+)`,
);

const LOOP_DRIVER = new RegExp(`^\\s*at (runForever|runUntilIdle) \\(${escape(PRELUDE_FILE)}`);

export interface LearnerFrame extends SourcePosition {
  fn: string;
  /** True for frames below the runtime (the code that called `asyncio.run`), not in the task. */
  outer?: boolean;
}

/**
 * The learner frames of a QuickJS stack string, innermost first; at most `limit` of them (callers
 * that need only the innermost frames keep deep recursion from costing a parse of the whole stack).
 */
export function learnerFrames(stack: string | undefined, limit = Infinity): LearnerFrame[] {
  if (!stack) return [];
  const frames: LearnerFrame[] = [];
  // Frames below the loop's driver belong to the code that started the loop (`asyncio.run`…).
  let belowLoop = false;
  for (const text of stack.split("\n")) {
    if (frames.length >= limit) break;
    const match = FRAME.exec(text);
    if (!match) {
      if (LOOP_DRIVER.test(text)) belowLoop = true;
      continue;
    }
    const position = mapPosition(Number(match[2] ?? match[4]), Number(match[3] ?? match[5]));
    if (position)
      frames.push({ fn: functionAt(position.line), ...position, ...(belowLoop ? { outer: true } : {}) });
  }
  return frames;
}

/** The innermost learner function whose lines contain `line`, or `<module>`. */
export function functionAt(line: number): string {
  let name = "<module>";
  let span = Infinity;
  for (const [first, last, fn] of config.scopes) {
    if (first <= line && line <= last && last - first <= span) {
      name = fn;
      span = last - first;
    }
  }
  return name;
}

/** Where the learner's code is right now: the innermost learner frame of the current stack. */
export function callerPosition(): SourcePosition | undefined {
  const frame = learnerFrames(new Error().stack, 1)[0];
  return frame ? { line: frame.line, column: frame.column } : undefined;
}
