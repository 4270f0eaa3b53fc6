/**
 * Plain-text rendering of trace events and errors for terminals (`course run`, `course grade`).
 */
import type { TraceError, TraceEvent } from "../../runtime/trace.ts";

/**
 * `[ 3.000 Task-2] text` with timestamps, else just the text; warnings as `file:line: Category:
 * text`; the `truncated` marker as a note (printed lines are still all there).
 */
export function formatEvent(
  event: TraceEvent,
  options: { timestamps: boolean; file: string },
): string | undefined {
  if (event.type === "stdout") {
    const text = event.text ?? "";
    return options.timestamps ? `${stamp(event)} ${text}` : text;
  }
  if (event.type === "truncated") {
    const text = `Note: ${event.text ?? ""}`;
    return options.timestamps ? `${stamp(event)} ${text}` : text;
  }
  if (event.type === "warning") {
    const where = event.line ? `${options.file}:${event.line}: ` : "";
    const text = `${where}${event.category ?? "Warning"}: ${event.text ?? ""}`;
    return options.timestamps ? `${stamp(event)} ${text}` : text;
  }
  return undefined;
}

function stamp(event: TraceEvent): string {
  return `[${event.t.toFixed(3).padStart(7)} ${event.task ?? "-"}]`;
}

/** An error with its position, traceback and (for deadlocks) the waiting tasks. */
export function formatError(error: TraceError, file: string): string {
  const where = error.line ? `${file}:${error.line}${error.column ? `:${error.column}` : ""}: ` : "";
  const lines = [`${where}${error.name}${error.message ? `: ${error.message}` : ""}`];
  if (error.traceback && error.traceback.length > 1) {
    lines.push("Traceback (most recent call last):");
    for (const frame of error.traceback) lines.push(`  ${frame}`);
  }
  if (error.waiting && error.waiting.length > 0) {
    lines.push("Waiting tasks:");
    for (const w of error.waiting) {
      lines.push(`  ${w.task} awaits ${w.waiting}${w.line ? ` (${file}:${w.line})` : ""}`);
    }
  }
  return lines.join("\n");
}
