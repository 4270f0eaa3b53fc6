/** Reading JSON a learner's machine wrote: a byte-order mark is dropped, a parse error is named. */

import { jsonProblem, messagesFor } from "../../grader/index.ts";
import { DEFAULT_LANG, type Lang } from "../../i18n/lang.ts";
import { cliMessages } from "../messages/index.ts";

/** Text without a leading byte-order mark (Windows editors write one). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export type ParsedJson = { ok: true; data: unknown } | { ok: false; message: string };

/** Parses `text` (after dropping a BOM); the failure says, in `lang`, `<file>: not valid JSON: <why>`. */
export function parseJson(text: string, file: string, lang: Lang = DEFAULT_LANG): ParsedJson {
  const json = withoutBom(text);
  try {
    return { ok: true, data: JSON.parse(json) as unknown };
  } catch (error) {
    const why = messagesFor(lang).json.problem(jsonProblem(json, error));
    return { ok: false, message: cliMessages(lang).inputs.notJson({ file, why }) };
  }
}
