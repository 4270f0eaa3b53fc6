/** Reading JSON a learner's machine wrote: a byte-order mark is dropped, a parse error is named. */

/** Text without a leading byte-order mark (Windows editors write one). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export type ParsedJson = { ok: true; data: unknown } | { ok: false; message: string };

/** Parses `text` (after dropping a BOM); the failure says `<file>: not valid JSON: <why>`. */
export function parseJson(text: string, file: string): ParsedJson {
  try {
    return { ok: true, data: JSON.parse(withoutBom(text)) as unknown };
  } catch (error) {
    const why = withoutBom(text).trim() === "" ? "the file is empty" : (error as Error).message;
    return { ok: false, message: `${file}: not valid JSON: ${why}.` };
  }
}
