/**
 * Turns a run's `error` (a compile error, an uncaught exception, a timeout, a deadlock…) into the
 * message of an `error` result: what went wrong, in the learner's words, at the learner's line.
 * The runtime's own message is kept verbatim so it can be searched.
 */

import type { TraceError } from "../../runtime/trace.ts";

function at(error: TraceError): string {
  if (error.line === undefined) return "";
  return error.column === undefined ? ` (line ${error.line})` : ` (line ${error.line}:${error.column})`;
}

function inTask(error: TraceError): string {
  return error.task ? ` in ${error.task}` : "";
}

function headline(error: TraceError): string {
  const where = at(error);
  const name = error.name && !error.message.startsWith(error.name) ? `${error.name}: ` : "";
  switch (error.kind) {
    case "compile":
      return `Your code does not compile${where}: ${error.message}`;
    case "exception":
      return `Your program raised ${name}${error.message}${where}${inTask(error)}.`;
    case "timeout":
      return `Your program ran too long and was stopped${where}: ${error.message}`;
    case "virtual-timeout":
      return `Your program was still running at the virtual-time limit${where}: ${error.message}`;
    case "memory":
      return `Your program used more memory than allowed${where}: ${error.message}`;
    case "stack":
      return `Your program recursed too deeply${where}: ${error.message}`;
    case "deadlock":
      return `Deadlock: nothing can run and the main task is not done. ${error.message}`;
    case "output-limit":
      return `Your program printed more than the output limit${where}: ${error.message}`;
    case "internal":
      return `The sandbox failed while running your program: ${error.message} Run it again; if it happens again, please report it.`;
  }
}

/** The full message: headline, waiting tasks of a deadlock, the learner's traceback. */
export function describeRunError(error: TraceError): string {
  const lines = [headline(error)];
  for (const waiting of error.waiting ?? []) {
    const line = waiting.line === undefined ? "" : ` (line ${waiting.line})`;
    lines.push(`  ${waiting.task} waits for ${waiting.waiting}${line}`);
  }
  if (error.kind !== "compile" && error.traceback && error.traceback.length > 0) {
    lines.push("Traceback (innermost last):", ...error.traceback.map((frame) => `  ${frame}`));
  }
  return lines.join("\n");
}
