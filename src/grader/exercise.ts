/**
 * The exercise definition authors write in `exercises/<slug>/exercise.ts` (format:
 * `exercises/README.md`), and the loaded form the grader consumes.
 */

import type { Lang } from "../i18n/lang.ts";
import type { Check } from "./check.ts";
import type { ExerciseTranslation } from "./translation.ts";
import type { Budgets, Variant } from "./types.ts";

export type ExerciseKind = "write" | "fix" | "predict";

export const EXERCISE_KINDS: readonly ExerciseKind[] = ["write", "fix", "predict"];

/** What `exercise.ts` exports as default. */
export interface ExerciseDefinition<W = unknown> {
  /** Equals the folder name: lowercase letters, digits and `-`. */
  slug: string;
  /** Shown in the editor header and by `course list`. */
  title: string;
  /** `write`: the starter is a skeleton; `fix`: the starter is broken code; `predict`: predict a given program's output. */
  kind: ExerciseKind;
  /** Slug of the lesson page that embeds it (`04-event-loop`). */
  lesson: string;
  /** The task, one or two sentences of Markdown. */
  prompt: string;
  /** Progressive hints, revealed one at a time. */
  hints?: string[];
  /** Limits for each run of a submission. */
  budgets?: Budgets;
  /** Run configurations; the submission must pass in all of them. Not allowed for `predict`. */
  variants?: Variant<W>[];
  /** Ordered checks by name; names appear in results and in `wrong/*` files. */
  checks: Record<string, Check<W>>;
  /**
   * The check the starter fails in every variant (the exercise proofs assert it, so a starter that
   * does not compile, or fails for another reason, is caught).
   */
  starterFails?: string;
}

/** Declares an exercise; the identity function that gives authors type checking. */
export function defineExercise<W = unknown>(definition: ExerciseDefinition<W>): ExerciseDefinition<W> {
  return definition;
}

/** A known-wrong submission and the check it must fail. */
export interface WrongSubmission {
  /** Path relative to the exercise folder: `wrong/sequential.ts`. */
  file: string;
  /** The code (or, for predict exercises, the prediction JSON). */
  source: string;
  /** The check name it must fail on. */
  fails: string;
}

/** An exercise with its files, validated (see `src/exercise-folders/`). */
export interface LoadedExercise {
  definition: ExerciseDefinition;
  /** The folder, for messages: `exercises/two-delays`. */
  dir: string;
  /** `starter.ts` (or `starter.json` for predict). */
  starter: string;
  /** `solution.ts` (or `solution.json` for predict). */
  solution: string;
  /** `program.ts` of a predict exercise, else null. */
  program: string | null;
  wrong: WrongSubmission[];
  /**
   * The exercise's text in other languages (`exercises/<slug>/ko.ts`), validated against the
   * definition. A language without an entry shows the English text.
   */
  translations?: Partial<Record<Lang, ExerciseTranslation>>;
}

/** The variants an exercise runs: its own, or one default run with an empty world. */
export function variantsOf(definition: ExerciseDefinition): Variant<unknown>[] {
  return definition.variants && definition.variants.length > 0
    ? definition.variants
    : [{ name: "default", world: {} }];
}
