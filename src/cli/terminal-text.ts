/**
 * Text that came from a submission (a student's name, a course version, a slug, a file name,
 * a program's output quoted in a report) is shown on a teacher's terminal. Control characters
 * in it could move the cursor, clear the screen or hide text (ANSI escapes, bidirectional
 * overrides), so they are shown as escapes instead: `\x1b`, `\u202e`.
 */

/* eslint-disable no-control-regex -- matching control characters is the point */
// C0 and C1 control characters, DEL, and the bidirectional formatting characters.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// The same without line feed and tab, for multi-line text whose layout is ours.
const UNSAFE_KEEPING_LINES =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escape(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** One line of untrusted text with every control character escaped (line breaks too). */
export function safeText(value: string): string {
  return value.replace(UNSAFE, escape);
}

/** Untrusted multi-line text: line breaks and tabs kept, every other control character escaped. */
export function safeLines(value: string): string {
  return value.replace(UNSAFE_KEEPING_LINES, escape);
}
