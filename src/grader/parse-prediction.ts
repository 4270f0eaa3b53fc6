/**
 * Reads a learner's prediction (`{ "lines": [{ "text": "hello", "t": 0 }] }`) and says precisely
 * what is wrong with a malformed one.
 */

import { DEFAULT_LANG, type Lang } from "../i18n/lang.ts";
import { messagesFor } from "./messages/index.ts";
import { jsonProblem } from "./messages/json-problem.ts";
import type { Prediction, PredictedLine } from "./types.ts";

export type ParsedPrediction = { ok: true; prediction: Prediction } | { ok: false; message: string };

/**
 * Parses the JSON text of a prediction; problems are told in `lang`. Extra fields (such as
 * `fails` in `wrong/*.json`) are ignored.
 */
export function parsePrediction(text: string, lang: Lang = DEFAULT_LANG): ParsedPrediction {
  const messages = messagesFor(lang);
  const m = messages.predictionInput;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: m.notJson(messages.json.problem(jsonProblem(text, error))) };
  }
  const invalid = (message: string): ParsedPrediction => ({ ok: false, message });
  if (typeof data !== "object" || data === null || Array.isArray(data)) return invalid(m.notAnObject);
  const lines = (data as { lines?: unknown }).lines;
  if (!Array.isArray(lines)) return invalid(m.linesNotArray);
  const result: PredictedLine[] = [];
  for (const [i, raw] of lines.entries()) {
    if (typeof raw === "string") {
      result.push({ text: raw });
      continue;
    }
    if (typeof raw !== "object" || raw === null) return invalid(m.lineNotObject(i));
    const { text, t } = raw as { text?: unknown; t?: unknown };
    if (typeof text !== "string") return invalid(m.textNotString(i));
    if (t !== undefined && t !== null && (typeof t !== "number" || !Number.isFinite(t) || t < 0)) {
      return invalid(m.badTime(i));
    }
    result.push(typeof t === "number" ? { text, t } : { text });
  }
  return { ok: true, prediction: { lines: result } };
}
