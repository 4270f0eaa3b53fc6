/**
 * Turns a run's `error` (a compile error, an uncaught exception, a timeout, a deadlock…) into the
 * message of an `error` result: what went wrong, in the learner's words, at the learner's line.
 * In English the runtime's own message is kept verbatim so it can be searched; other languages
 * rebuild it from the error's kind and structured values (see `runErrors.detail`).
 */

import type { TraceError } from "../../runtime/trace.ts";
import { DEFAULT_LANG, type Lang } from "../i18n/lang.ts";
import { messagesFor } from "./messages/index.ts";

/** The full message: headline, waiting tasks of a deadlock, the learner's traceback. */
export function describeRunError(error: TraceError, lang: Lang = DEFAULT_LANG): string {
  const m = messagesFor(lang);
  const name = error.name && !error.message.startsWith(error.name) ? `${error.name}: ` : "";
  const headline: Parameters<typeof m.runErrors.headline>[0] = {
    kind: error.kind,
    message: m.runErrors.detail(error),
    exception: `${name}${error.message}`,
    task: error.task ?? null,
  };
  if (error.line !== undefined) headline.line = error.line;
  if (error.column !== undefined) headline.column = error.column;
  const lines = [m.runErrors.headline(headline)];
  for (const waiting of error.waiting ?? []) {
    lines.push(
      m.runErrors.waits(
        waiting.line === undefined
          ? { task: waiting.task, waiting: waiting.waiting }
          : { task: waiting.task, waiting: waiting.waiting, line: waiting.line },
      ),
    );
  }
  if (error.kind !== "compile" && error.traceback && error.traceback.length > 0) {
    lines.push(m.runErrors.traceback, ...error.traceback.map((frame) => `  ${frame}`));
  }
  return lines.join("\n");
}
