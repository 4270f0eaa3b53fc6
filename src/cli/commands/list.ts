/**
 * `course list [--json] [--lang ko]`: every exercise with its lesson, kind and number of checks,
 * in lesson order, titled in the chosen language. `--json` prints an array of `{ slug, title,
 * lesson, kind, checks, variants }` (English titles), plus `label`, the title in `--lang`, for a
 * language other than English.
 */

import stringWidth from "string-width";
import { summarise, type ExerciseSummary } from "../../exercise-folders/assemble.ts";
import { loadExercises } from "../../exercise-folders/load.ts";
import { ExerciseFormatError } from "../../exercise-folders/schema.ts";
import { localizeExercise } from "../../grader/index.ts";
import { DEFAULT_LANG } from "../../i18n/lang.ts";
import { parseCommandArgs, usage } from "../args.ts";
import { LANG_OPTION, langOfArgs } from "../lang.ts";
import { cliMessages, type CliMessages } from "../messages/index.ts";

/** One exercise as `list` shows it: `label` is its title in the chosen language. */
type Listed = ExerciseSummary & { label?: string };

export async function main(args: string[]): Promise<number> {
  const choice = langOfArgs(args);
  if (!choice.ok) return usage(choice.message, cliMessages("en").list.help);
  const { lang } = choice;
  const m = cliMessages(lang);
  const parsed = parseCommandArgs(args, { json: { type: "boolean" }, ...LANG_OPTION }, m.list.help, lang);
  if (typeof parsed === "number") return parsed;
  let listed: Listed[];
  try {
    listed = (await loadExercises())
      .map((exercise): Listed => {
        const row = summarise(exercise);
        return lang === DEFAULT_LANG ? row : { ...row, label: localizeExercise(exercise, lang).title };
      })
      .sort(byLesson);
  } catch (error) {
    if (!(error instanceof ExerciseFormatError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  if (parsed.values.json) {
    process.stdout.write(`${JSON.stringify(listed, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${table(listed, m)}\n`);
  return 0;
}

/** Lesson order, then slug: the order a learner meets the exercises. */
export function byLesson(a: ExerciseSummary, b: ExerciseSummary): number {
  return a.lesson.localeCompare(b.lesson) || a.slug.localeCompare(b.slug);
}

function table(rows: Listed[], m: CliMessages): string {
  const header = m.list.columns;
  const cells = rows.map((r) => [r.lesson, r.slug, r.kind, String(r.checks), r.label ?? r.title]);
  // Columns line up by the width a terminal shows: a Korean syllable takes two cells.
  const widths = header.map((h, i) => Math.max(stringWidth(h), ...cells.map((c) => stringWidth(c[i]))));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat(widths[i] - stringWidth(cell))))
      .join("  ")
      .trimEnd();
  return [line(header), ...cells.map(line), "", m.list.count(rows.length)].join("\n");
}
