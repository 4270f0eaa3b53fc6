/**
 * `course list [--json]`: every exercise with its lesson, kind and number of checks, in lesson
 * order. `--json` prints an array of `{ slug, title, lesson, kind, checks, variants }`.
 */

import { parseArgs } from "node:util";
import { summarise, type ExerciseSummary } from "../../exercises/assemble.ts";
import { loadExercises } from "../../exercises/load.ts";
import { ExerciseFormatError } from "../../exercises/schema.ts";

export const summary = "List the exercises with their lesson, kind and number of checks.";

const HELP = `Usage: npm run course -- list [--json]

  --json   print an array of { slug, title, lesson, kind, checks, variants }
`;

export async function main(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  let summaries: ExerciseSummary[];
  try {
    summaries = (await loadExercises()).map(summarise).sort(byLesson);
  } catch (error) {
    if (!(error instanceof ExerciseFormatError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summaries, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${table(summaries)}\n`);
  return 0;
}

/** Lesson order, then slug: the order a learner meets the exercises. */
export function byLesson(a: ExerciseSummary, b: ExerciseSummary): number {
  return a.lesson.localeCompare(b.lesson) || a.slug.localeCompare(b.slug);
}

function table(rows: ExerciseSummary[]): string {
  const header = ["lesson", "slug", "kind", "checks", "title"];
  const cells = rows.map((r) => [r.lesson, r.slug, r.kind, String(r.checks), r.title]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(header), ...cells.map(line), "", `${rows.length} exercises`].join("\n");
}
