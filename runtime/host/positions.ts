/**
 * Host-side mapping of QuickJS stack positions to the learner's TypeScript, for errors the guest
 * could not report itself (an interrupted run).
 */
import { LEARNER_FILE } from "../protocol.ts";

const LEARNER_POSITION = new RegExp(`${LEARNER_FILE.replace(/[.]/g, "\\.")}:(\\d+):(\\d+)`);

export function firstLearnerPosition(
  stack: string | undefined,
  mappings: number[][][],
  lineOffset: number,
): { line: number; column: number } | undefined {
  if (!stack) return undefined;
  for (const text of stack.split("\n")) {
    const match = LEARNER_POSITION.exec(text);
    if (!match) continue;
    const index = Number(match[1]) - 1 - lineOffset;
    const column = Number(match[2]) - 1;
    const segments = mappings[index];
    if (!segments || segments.length === 0) continue;
    let best = segments[0];
    for (const segment of segments) if (segment[0] <= column) best = segment;
    return { line: best[1] + 1, column: best[2] + 1 };
  }
  return undefined;
}
