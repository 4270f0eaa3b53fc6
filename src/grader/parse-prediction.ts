/**
 * Reads a learner's prediction (`{ "lines": [{ "text": "hello", "t": 0 }] }`) and says precisely
 * what is wrong with a malformed one.
 */

import type { Prediction, PredictedLine } from "./types.ts";

export type ParsedPrediction = { ok: true; prediction: Prediction } | { ok: false; message: string };

/** Parses the JSON text of a prediction. Extra fields (such as `fails` in `wrong/*.json`) are ignored. */
export function parsePrediction(text: string): ParsedPrediction {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Your prediction is not valid JSON: ${(error as Error).message}` };
  }
  const invalid = (message: string): ParsedPrediction => ({
    ok: false,
    message: `Your prediction is malformed: ${message}`,
  });
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return invalid('expected an object like { "lines": [{ "text": "hello", "t": 0 }] }.');
  }
  const lines = (data as { lines?: unknown }).lines;
  if (!Array.isArray(lines)) return invalid('the field "lines" must be an array.');
  const result: PredictedLine[] = [];
  for (const [i, raw] of lines.entries()) {
    if (typeof raw === "string") {
      result.push({ text: raw });
      continue;
    }
    if (typeof raw !== "object" || raw === null)
      return invalid(`lines[${i}] must be an object with "text" (and "t").`);
    const { text, t } = raw as { text?: unknown; t?: unknown };
    if (typeof text !== "string") return invalid(`lines[${i}].text must be a string.`);
    if (t !== undefined && t !== null && (typeof t !== "number" || !Number.isFinite(t) || t < 0)) {
      return invalid(`lines[${i}].t must be a number of virtual seconds (≥ 0).`);
    }
    result.push(typeof t === "number" ? { text, t } : { text });
  }
  return { ok: true, prediction: { lines: result } };
}
