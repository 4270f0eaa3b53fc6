/**
 * Validates an exercise's translation (`exercises/<slug>/ko.ts`) against its definition: the
 * translation must give every text the English exercise has, keyed by the exact English names,
 * and nothing else. Each problem names the file and the key, so a translator can act on it.
 */

import type { ExerciseDefinition } from "../grader/exercise.ts";
import { variantsOf } from "../grader/exercise.ts";
import { closest, describe } from "./schema.ts";

const TRANSLATION_FIELDS = ["title", "prompt", "hints", "variants", "checks"];
const CHECK_FIELDS = ["name", "hint", "explain", "notMeans"];
const VARIANT_FIELDS = ["name", "description"];

/**
 * Checks a translation module's default export. `file` is how messages name it
 * (`exercises/two-delays/ko.ts`). Returns the problems found (empty when valid).
 */
export function validateTranslation(raw: unknown, definition: ExerciseDefinition, file: string): string[] {
  const problems: string[] = [];
  const problem = (key: string, message: string): void => {
    problems.push(`${file}: ${key}: ${message}`);
  };
  if (!isRecord(raw)) {
    return [`${file}: the default export must be defineTranslation({ … }); got ${describe(raw)}.`];
  }
  unknownKeys(raw, TRANSLATION_FIELDS, "", problem);
  for (const field of ["title", "prompt"]) text(raw[field], field, problem);

  const hints = definition.hints ?? [];
  if (raw.hints === undefined) {
    if (hints.length > 0) problem("hints", `missing; exercise.ts has ${count(hints.length, "hint")}.`);
  } else if (!Array.isArray(raw.hints)) {
    problem("hints", `expected an array of strings; got ${describe(raw.hints)}.`);
  } else {
    if (raw.hints.length !== hints.length) {
      problem(
        "hints",
        `has ${count(raw.hints.length, "hint")}, but exercise.ts has ${count(hints.length, "hint")}; ` +
          "translate each hint once, in the same order.",
      );
    }
    raw.hints.forEach((hint, i) => text(hint, `hints[${i}]`, problem));
  }

  variants(raw.variants, definition, problem);
  checks(raw.checks, definition, problem);
  return problems;
}

type Problem = (key: string, message: string) => void;

function variants(raw: unknown, definition: ExerciseDefinition, problem: Problem): void {
  const own = definition.variants ?? [];
  if (raw === undefined) {
    if (own.length > 0) {
      problem("variants", `missing; translate every variant: ${quoteAll(own.map((v) => v.name))}.`);
    }
    return;
  }
  if (!isRecord(raw)) {
    problem("variants", `expected an object keyed by the English variant names; got ${describe(raw)}.`);
    return;
  }
  const names = variantsOf(definition).map((v) => v.name);
  for (const key of Object.keys(raw)) {
    if (!own.some((v) => v.name === key)) {
      problem(`variants["${key}"]`, `exercise.ts has no such variant${didYouMean(key, names)}.`);
    }
  }
  for (const variant of own) {
    const key = `variants["${variant.name}"]`;
    const entry = raw[variant.name];
    if (entry === undefined) {
      problem(key, "missing; every variant needs its name (and description) translated.");
      continue;
    }
    if (!isRecord(entry)) {
      problem(key, `expected { name, description? }; got ${describe(entry)}.`);
      continue;
    }
    unknownKeys(entry, VARIANT_FIELDS, key, problem);
    text(entry.name, `${key}.name`, problem);
    present(
      entry.description,
      variant.description !== undefined,
      `${key}.description`,
      problem,
      "a description",
    );
  }
}

function checks(raw: unknown, definition: ExerciseDefinition, problem: Problem): void {
  const names = Object.keys(definition.checks);
  if (!isRecord(raw)) {
    problem("checks", `expected an object keyed by the English check names; got ${describe(raw)}.`);
    return;
  }
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(definition.checks, key)) {
      problem(`checks["${key}"]`, `exercise.ts has no such check${didYouMean(key, names)}.`);
    }
  }
  for (const [name, check] of Object.entries(definition.checks)) {
    const key = `checks["${name}"]`;
    const entry = raw[name];
    if (entry === undefined) {
      problem(key, "missing; translate every check of exercise.ts.");
      continue;
    }
    if (!isRecord(entry)) {
      problem(key, `expected { name, hint?, explain?, notMeans? }; got ${describe(entry)}.`);
      continue;
    }
    unknownKeys(entry, CHECK_FIELDS, key, problem);
    text(entry.name, `${key}.name`, problem);
    present(entry.hint, check.hintText !== null, `${key}.hint`, problem, ".hint()");
    present(entry.notMeans, check.notMeans !== null, `${key}.notMeans`, problem, "the notMeans option");
    const rules = check.rules.length;
    if (entry.explain === undefined) {
      if (rules > 0) problem(`${key}.explain`, `missing; the check has ${count(rules, ".explain() rule")}.`);
    } else if (!Array.isArray(entry.explain)) {
      problem(`${key}.explain`, `expected an array of strings; got ${describe(entry.explain)}.`);
    } else {
      if (entry.explain.length !== rules) {
        problem(
          `${key}.explain`,
          `has ${count(entry.explain.length, "message")}, but the check has ${count(rules, ".explain() rule")}; ` +
            "give one message per rule, in the same order.",
        );
      }
      entry.explain.forEach((message, i) => text(message, `${key}.explain[${i}]`, problem));
    }
  }
}

/** A text the English has exactly when `wanted`: required then, and not allowed otherwise. */
function present(value: unknown, wanted: boolean, key: string, problem: Problem, what: string): void {
  if (wanted && value === undefined) problem(key, `missing; the English has ${what}.`);
  else if (!wanted && value !== undefined) problem(key, `not allowed; the English has no ${what}.`);
  else if (value !== undefined) text(value, key, problem);
}

function text(value: unknown, key: string, problem: Problem): void {
  if (typeof value !== "string" || value.trim() === "") {
    problem(key, `expected a non-empty string; got ${describe(value)}.`);
  }
}

function unknownKeys(record: Record<string, unknown>, allowed: string[], at: string, problem: Problem): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) {
      const guess = closest(key, allowed);
      problem(
        at === "" ? key : `${at}.${key}`,
        `unknown field${guess ? ` (did you mean "${guess}"?)` : ""}. Allowed: ${allowed.join(", ")}.`,
      );
    }
  }
}

function didYouMean(key: string, names: string[]): string {
  const guess = closest(key, names);
  return guess === null ? `; its names: ${quoteAll(names)}` : ` (did you mean "${guess}"?)`;
}

function quoteAll(names: string[]): string {
  return names.map((name) => `"${name}"`).join(", ");
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
