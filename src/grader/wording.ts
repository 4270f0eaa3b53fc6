/**
 * How failure messages name things in plain words: printed lines (an example line, never a
 * regular expression), waits, and variants ("with the jobs of Bob's usual morning"). The exact
 * matchers and the variant's world stay machine-readable in the result's `details`.
 */

import { en } from "./messages/en.ts";
import type { GraderMessages, LineShape, WaitShape } from "./messages/index.ts";
import type { VariantTranslation } from "./translation.ts";
import type { LineMatcher, Variant } from "./types.ts";

/** Quotes a line for a message, shortening very long ones. */
export function quote(text: string): string {
  return `"${shorten(text)}"`;
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
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
export function lineShape(matcher: LineMatcher, examples: readonly string[] = []): LineShape {
  if (typeof matcher === "string") return { kind: "exact", text: shorten(matcher) };
  const example = examples.find((line) => {
    matcher.lastIndex = 0;
    return matcher.test(line);
  });
  if (example !== undefined) return { kind: "like", text: shorten(example) };
  const literal = literalOf(matcher);
  if (literal === null) return { kind: "form" };
  const text = shorten(literal.text);
  if (literal.start && literal.end) return { kind: "exact", text };
  if (literal.start) return { kind: "starts", text };
  if (literal.end) return { kind: "ends", text };
  return { kind: "contains", text };
}

/** A printed line in the words of `m` (English by default): see `lineShape`. */
export function describeLine(
  matcher: LineMatcher,
  examples: readonly string[] = [],
  m: GraderMessages = en,
): string {
  return m.words.line(lineShape(matcher, examples));
}

/** What a wait filter means: `/^sleep/` is asyncio.sleep, a plain pattern names what is awaited. */
export function waitShape(pattern: RegExp | undefined): WaitShape {
  if (pattern === undefined) return { kind: "any" };
  const literal = literalOf(pattern);
  if (literal !== null && literal.text === "sleep") return { kind: "sleep" };
  return literal === null ? { kind: "form" } : { kind: "for", text: literal.text };
}

/**
 * The variant as the start of a sentence, in the language of `m`: its description ("with the jobs
 * of Bob's usual morning"), or its name ("in the variant “4 s and 1 s”"). `translation` replaces
 * both when the exercise has one for that language.
 */
export function variantPhrase(
  variant: Variant<unknown>,
  m: GraderMessages = en,
  translation?: VariantTranslation,
): string {
  const phrase =
    translation !== undefined
      ? (translation.description ?? m.words.variant(translation.name))
      : (variant.description ?? m.words.variant(variant.name));
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
