/**
 * An assignment: exercises a teacher hands out together, in order, with options. Written as a
 * small JSON file (`assignments/<id>.json` for the course site; any file for the CLI):
 *
 * ```json
 * { "id": "week-3", "title": "Week 3: tasks and gathering",
 *   "exercises": ["two-delays", "gather-factorials"],
 *   "hints": false, "solutions": false, "due": "2026-12-15", "points": 10 }
 * ```
 *
 * or encoded in a link (`link.ts`); `"lang": "ko"` puts its page under `/ko/` (`route.ts`).
 * Validation collects every problem, each naming the file and the field and saying what was
 * expected. Nothing here uses Node-only APIs: the site reads the same files at build time, and
 * the link page validates a link's assignment in the browser.
 */

import { DEFAULT_LANG, isLang, LANGS, type Lang } from "../i18n/lang.ts";
import { assignmentWords, type AssignmentWords } from "./assignment-words.ts";

/** An assignment as the site and `grade-batch --assignment` use it (defaults filled in). */
export interface Assignment {
  /** Lowercase letters, digits and `-`; the export carries it, and the site's URL is `/assignments/<id>/`. */
  id: string;
  /** Shown as the page's title. */
  title: string;
  /** Exercise slugs, in the order the students meet them. */
  exercises: string[];
  /** Whether the exercises' hints are offered (default true). */
  hints: boolean;
  /** Whether the Solution button is offered (default false: the solution is not even sent). */
  solutions: boolean;
  /** The due date shown on the page: `YYYY-MM-DD` or an ISO 8601 date and time. */
  due?: string;
  /** Points an exercise is worth in gradebook and GitHub Classroom reports (default 1). */
  points: number;
  /** A few sentences for the students, shown above the exercises (plain text). */
  instructions?: string;
  /**
   * The language of the assignment's page and of the student README (absent: the default,
   * English). The page of a Korean assignment lives under `/ko/` (see `route.ts`).
   */
  lang?: Lang;
}

export const ASSIGNMENT_FIELDS = [
  "$schema",
  "id",
  "title",
  "exercises",
  "hints",
  "solutions",
  "due",
  "points",
  "instructions",
  "lang",
];

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

export type ParsedAssignment = { ok: true; assignment: Assignment } | { ok: false; problems: string[] };

/**
 * Validates an assignment's parsed JSON. `file` names it in messages, which `words` words (English
 * by default); `slugs` are the course's exercises (a slug that is not one of them is a problem,
 * with the closest ones suggested).
 */
export function validateAssignment(
  data: unknown,
  file: string,
  slugs: readonly string[],
  words: AssignmentWords = assignmentWords(DEFAULT_LANG),
): ParsedAssignment {
  const problems: string[] = [];
  const say = (field: string, message: string) => problems.push(`${file}: "${field}"${message}`);
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, problems: [words.notObject(file)] };
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!ASSIGNMENT_FIELDS.includes(key)) {
      problems.push(words.unknownField({ file, key, fields: ASSIGNMENT_FIELDS.slice(1).join(", ") }));
    }
  }
  if (typeof record.id !== "string" || !ID.test(record.id)) say("id", words.id);
  if (typeof record.title !== "string" || record.title.trim() === "") say("title", words.title);
  const exercises = record.exercises;
  if (!Array.isArray(exercises) || exercises.length === 0) {
    say("exercises", words.exercises);
  } else {
    const seen = new Set<string>();
    exercises.forEach((slug, i) => {
      if (typeof slug !== "string") return say(`exercises[${i}]`, words.notSlug);
      if (seen.has(slug)) say(`exercises[${i}]`, words.repeats(slug));
      seen.add(slug);
      if (!slugs.includes(slug))
        say(`exercises[${i}]`, `${words.notExercise(slug)}${suggest(slug, slugs, words)}`);
    });
  }
  for (const field of ["hints", "solutions"] as const) {
    if (record[field] !== undefined && typeof record[field] !== "boolean") say(field, words.boolean);
  }
  if (
    record.due !== undefined &&
    (typeof record.due !== "string" || !DATE.test(record.due) || Number.isNaN(Date.parse(record.due)))
  ) {
    say("due", words.due);
  }
  if (
    record.points !== undefined &&
    !(typeof record.points === "number" && Number.isInteger(record.points) && record.points > 0)
  ) {
    say("points", words.points);
  }
  if (record.instructions !== undefined && typeof record.instructions !== "string")
    say("instructions", words.instructions);
  if (record.lang !== undefined && !isLang(record.lang))
    say(
      "lang",
      words.lang({ langs: LANGS.map((lang) => `"${lang}"`).join(", "), absent: `"${DEFAULT_LANG}"` }),
    );
  if (problems.length > 0) return { ok: false, problems };

  const assignment: Assignment = {
    id: record.id as string,
    title: (record.title as string).trim(),
    exercises: exercises as string[],
    hints: (record.hints as boolean | undefined) ?? true,
    solutions: (record.solutions as boolean | undefined) ?? false,
    points: (record.points as number | undefined) ?? 1,
  };
  if (typeof record.due === "string") assignment.due = record.due;
  if (typeof record.instructions === "string") assignment.instructions = record.instructions;
  if (isLang(record.lang) && record.lang !== DEFAULT_LANG) assignment.lang = record.lang;
  return { ok: true, assignment };
}

function suggest(slug: string, slugs: readonly string[], words: AssignmentWords): string {
  const parts = slug.split("-");
  const close = slugs.filter(
    (s) => s.includes(slug) || slug.includes(s) || parts.some((w) => w.length > 3 && s.includes(w)),
  );
  return close.length > 0 ? words.didYouMean(close.slice(0, 3).map((s) => `"${s}"`)) : "";
}
