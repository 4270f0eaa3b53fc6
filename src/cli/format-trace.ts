/**
 * Plain-text rendering of trace events and errors for terminals (`course run`, `course grade`).
 */
import type { TraceError, TraceEvent } from "../../runtime/trace.ts";
import { messagesFor } from "../grader/index.ts";
import { DEFAULT_LANG, type Lang } from "../i18n/lang.ts";
import { cliMessages } from "./messages/index.ts";

/**
 * `[ 3.000 Task-2] text` with timestamps, else just the text; warnings as `file:line: Category:
 * text`; the `truncated` marker as a note (printed lines are still all there).
 */
export function formatEvent(
  event: TraceEvent,
  options: { timestamps: boolean; file: string; lang?: Lang },
): string | undefined {
  if (event.type === "stdout") {
    const text = event.text ?? "";
    return options.timestamps ? `${stamp(event)} ${text}` : text;
  }
  if (event.type === "truncated") {
    const text = cliMessages(options.lang ?? DEFAULT_LANG).run.note(event.text ?? "");
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

/**
 * An error with its position, traceback and (for deadlocks) the waiting tasks, in `lang`: the
 * sandbox's own messages are rebuilt in that language, a program's exceptions stay as raised.
 */
export function formatError(error: TraceError, file: string, lang: Lang = DEFAULT_LANG): string {
  const m = cliMessages(lang).run;
  const message = messagesFor(lang).runErrors.detail(error);
  const where = error.line ? `${file}:${error.line}${error.column ? `:${error.column}` : ""}: ` : "";
  const lines = [`${where}${error.name}${message ? `: ${message}` : ""}`];
  if (error.traceback && error.traceback.length > 1) {
    lines.push(m.traceback);
    for (const frame of error.traceback) lines.push(`  ${frame}`);
  }
  if (error.waiting && error.waiting.length > 0) {
    lines.push(m.waitingTasks);
    for (const w of error.waiting) {
      lines.push(m.awaits({ task: w.task, waiting: w.waiting, where: w.line ? `${file}:${w.line}` : null }));
    }
  }
  return lines.join("\n");
}
