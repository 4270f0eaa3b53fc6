/**
 * How failure messages name things in plain words: printed lines (an example line, never a
 * regular expression), waits, and variants ("with the jobs of Bob's usual morning"). The exact
 * matchers and the variant's world stay machine-readable in the result's `details`.
 */

import type { LineMatcher, Variant } from "./types.ts";

/** Quotes a line for a message, shortening very long ones. */
export function quote(text: string): string {
  const shown = text.length > 120 ? `${text.slice(0, 117)}...` : text;
  return `"${shown}"`;
}

/**
 * The literal text of a regular expression made only of plain characters (and escaped
 * punctuation), with whether it is anchored at the start or the end; null for anything richer.
 */
function literalOf(pattern: RegExp): { text: string; start: boolean; end: boolean } | null {
  let source = pattern.source;
  const start = source.startsWith("^");
  if (start) source = source.slice(1);
  const end = source.endsWith("$") && !source.endsWith("\\$");
  if (end) source = source.slice(0, -1);
  let text = "";
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      const next = source[i + 1];
      if (next === undefined || /[A-Za-z0-9]/.test(next)) return null;
      text += next;
      i++;
    } else if (/[.*+?()[\]{}|^$]/.test(ch)) {
      return null;
    } else {
      text += ch;
    }
  }
  return text === "" ? null : { text, start, end };
}

/**
 * A printed line as a message names it: `the line "done"`, `lines like "Bob starts: book a
 * flight"` (an example the program or the exercise printed), or `a line starting with "start "`.
 * `examples` are lines to choose an example from, best first.
 */
export function describeLine(matcher: LineMatcher, examples: readonly string[] = []): string {
  if (typeof matcher === "string") return `the line ${quote(matcher)}`;
  matcher.lastIndex = 0;
  const example = examples.find((line) => {
    matcher.lastIndex = 0;
    return matcher.test(line);
  });
  if (example !== undefined) return `a line like ${quote(example)}`;
  const literal = literalOf(matcher);
  if (literal === null) return "a line of the expected form";
  if (literal.start && literal.end) return `the line ${quote(literal.text)}`;
  if (literal.start) return `a line starting with ${quote(literal.text)}`;
  if (literal.end) return `a line ending with ${quote(literal.text)}`;
  return `a line containing ${quote(literal.text)}`;
}

/** What a wait filter means in words: `/^sleep/` is "asyncio.sleep". */
export function describeWait(pattern: RegExp | undefined): string {
  if (pattern === undefined) return "";
  const literal = literalOf(pattern);
  if (literal !== null && literal.text === "sleep") return " in asyncio.sleep";
  return literal === null ? " in the expected way" : ` for ${literal.text}`;
}

/**
 * The variant as the start of a sentence: its `description` ("with the jobs of Bob's usual
 * morning"), or its name ("in the variant “4 s and 1 s”").
 */
export function variantPhrase(variant: Variant<unknown>): string {
  const phrase = variant.description ?? `in the variant “${variant.name}”`;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** How close two lines are, from 0 to 1: shared beginning and end over the longer length. */
function likeness(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  return (prefix + suffix) / longest;
}

/**
 * The printed line that looks most like `wanted` (a near miss: `error: Error: no such user`
 * for `error: no such user`), or null when none comes close.
 */
export function nearMiss(wanted: string, printed: readonly string[]): string | null {
  let best: string | null = null;
  let bestScore = 0.6;
  for (const line of printed) {
    if (line === wanted) continue;
    const score = likeness(wanted, line);
    if (score > bestScore) {
      best = line;
      bestScore = score;
    }
  }
  return best;
}
