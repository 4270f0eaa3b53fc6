/**
 * The schema of `exercise.ts` (documented field by field in `exercises/README.md` and on
 * `ExerciseDefinition`). Validation collects every problem, each naming the file and the field
 * and saying what was expected, so a broken exercise fails the tests and the build with a
 * message an author can act on.
 */

import { Check } from "../grader/check.ts";
import { EXERCISE_KINDS } from "../grader/exercise.ts";

/** The fields an exercise definition may have (anything else is a typo). */
export const EXERCISE_FIELDS = [
  "slug",
  "title",
  "kind",
  "lesson",
  "prompt",
  "hints",
  "budgets",
  "variants",
  "checks",
  "starterFails",
];
const BUDGET_FIELDS = [
  "cpuTimeLimit",
  "wallTimeoutMs",
  "virtualTimeLimit",
  "memoryLimitBytes",
  "outputLimitBytes",
];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LESSON = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One or more problems in an exercise folder; `problems` holds one line each. */
export class ExerciseFormatError extends Error {
  override name = "ExerciseFormatError";
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `Invalid exercise${problems.length > 1 ? "s" : ""}:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.problems = problems;
  }
}

/**
 * Checks an `exercise.ts` default export. `file` is how messages name it
 * (`exercises/two-delays/exercise.ts`), `folder` the slug its folder implies.
 * Returns the problems found (empty when valid).
 */
export function validateDefinition(raw: unknown, file: string, folder: string): string[] {
  const problems: string[] = [];
  const problem = (field: string, message: string): void => {
    problems.push(`${file}: field "${field}": ${message}`);
  };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return [`${file}: the default export must be defineExercise({ … }); got ${describe(raw)}.`];
  }
  const def = raw as Record<string, unknown>;

  for (const key of Object.keys(def)) {
    if (!EXERCISE_FIELDS.includes(key)) {
      const guess = closest(key, EXERCISE_FIELDS);
      problem(
        key,
        `unknown field${guess ? ` (did you mean "${guess}"?)` : ""}. Allowed: ${EXERCISE_FIELDS.join(", ")}.`,
      );
    }
  }

  if (typeof def.slug !== "string" || !SLUG.test(def.slug)) {
    problem(
      "slug",
      `expected lowercase letters, digits and "-" (like "two-delays"); got ${describe(def.slug)}.`,
    );
  } else if (def.slug !== folder) {
    problem("slug", `"${def.slug}" must equal the folder name "${folder}".`);
  }
  for (const field of ["title", "prompt"]) {
    if (typeof def[field] !== "string" || (def[field] as string).trim() === "") {
      problem(field, `expected a non-empty string; got ${describe(def[field])}.`);
    }
  }
  if (!EXERCISE_KINDS.includes(def.kind as never)) {
    problem(
      "kind",
      `expected one of ${EXERCISE_KINDS.map((k) => `"${k}"`).join(", ")}; got ${describe(def.kind)}.`,
    );
  }
  if (typeof def.lesson !== "string" || !LESSON.test(def.lesson)) {
    problem("lesson", `expected a lesson slug like "04-event-loop"; got ${describe(def.lesson)}.`);
  }

  if (def.hints !== undefined) {
    if (!Array.isArray(def.hints))
      problem("hints", `expected an array of strings; got ${describe(def.hints)}.`);
    else
      def.hints.forEach((hint, i) => {
        if (typeof hint !== "string" || hint.trim() === "")
          problem(`hints[${i}]`, `expected a non-empty string; got ${describe(hint)}.`);
      });
  }

  if (def.budgets !== undefined) {
    if (typeof def.budgets !== "object" || def.budgets === null || Array.isArray(def.budgets)) {
      problem("budgets", `expected an object like { wallTimeoutMs: 2000 }; got ${describe(def.budgets)}.`);
    } else {
      for (const [key, value] of Object.entries(def.budgets)) {
        if (!BUDGET_FIELDS.includes(key)) {
          const guess = closest(key, BUDGET_FIELDS);
          problem(
            `budgets.${key}`,
            `unknown budget${guess ? ` (did you mean "${guess}"?)` : ""}. Allowed: ${BUDGET_FIELDS.join(", ")}.`,
          );
        } else if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
          problem(`budgets.${key}`, `expected a positive number; got ${describe(value)}.`);
        }
      }
    }
  }

  if (def.variants !== undefined) {
    if (def.kind === "predict") {
      problem("variants", "predict exercises run their program once; remove the variants.");
    } else if (!Array.isArray(def.variants) || def.variants.length === 0) {
      problem("variants", `expected a non-empty array of { name, world }; got ${describe(def.variants)}.`);
    } else {
      const names = new Set<string>();
      def.variants.forEach((variant: unknown, i) => {
        const v = (typeof variant === "object" && variant !== null ? variant : {}) as Record<string, unknown>;
        if (typeof v.name !== "string" || v.name.trim() === "") {
          problem(`variants[${i}].name`, `expected a non-empty string; got ${describe(v.name)}.`);
        } else if (names.has(v.name)) {
          problem(`variants[${i}].name`, `"${v.name}" is used twice; variant names must differ.`);
        } else names.add(v.name);
        if (
          v.description !== undefined &&
          (typeof v.description !== "string" || v.description.trim() === "")
        ) {
          problem(
            `variants[${i}].description`,
            `expected a phrase that starts a sentence, like "with the jobs of Bob's usual morning"; got ${describe(v.description)}.`,
          );
        }
        if (typeof v.world !== "object" || v.world === null || Array.isArray(v.world) || !isJson(v.world)) {
          problem(
            `variants[${i}].world`,
            `expected a JSON object (numbers, strings, arrays, objects); got ${describe(v.world)}.`,
          );
        }
      });
    }
  }

  if (typeof def.checks !== "object" || def.checks === null || Array.isArray(def.checks)) {
    problem(
      "checks",
      `expected an object of named checks: { "finishes at ≈3 s": checks.finishedNear(3) }; got ${describe(def.checks)}.`,
    );
  } else {
    const entries = Object.entries(def.checks);
    if (entries.length === 0) problem("checks", "an exercise needs at least one check.");
    for (const [name, check] of entries) {
      if (name.trim() === "") problem("checks", "a check name must not be empty.");
      if (!(check instanceof Check)) {
        problem(`checks["${name}"]`, `expected a check built with checks.*(…); got ${describe(check)}.`);
      } else if (def.kind === "predict" && check.scope !== "prediction") {
        problem(
          `checks["${name}"]`,
          `predict exercises judge the prediction: use checks.predictedOrder() or checks.predictedTimes(), not checks.${check.kind}.`,
        );
      } else if (def.kind !== "predict" && check.scope === "prediction") {
        problem(`checks["${name}"]`, `checks.${check.kind} reads a prediction; it only fits kind "predict".`);
      }
    }
    if (
      def.starterFails !== undefined &&
      (typeof def.starterFails !== "string" || !Object.hasOwn(def.checks, def.starterFails))
    ) {
      problem(
        "starterFails",
        `names the check ${describe(def.starterFails)}, which "checks" does not define. ` +
          `Its checks: ${entries.map(([n]) => `"${n}"`).join(", ")}.`,
      );
    }
  }
  return problems;
}

/** Plain JSON: what survives `JSON.stringify` unchanged (no Map, Date, class instance, NaN…). */
function isJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every(isJson);
}

/** A value as a problem message quotes it: `"abc"`, `nothing`, `an array`. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") return `an object (${value.constructor?.name ?? "Object"})`;
  return `${typeof value} ${String(value)}`;
}

/** The allowed name closest to a typo, if it is close enough to be a likely intent. */
export function closest(word: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
