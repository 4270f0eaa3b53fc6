/** RFC 4180 fields for every CSV the CLI writes. */

/**
 * One CSV field: quoted when it holds a comma, quote or line break (quotes doubled). A field that
 * a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`: student
 * folder names and program output are not trusted.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
