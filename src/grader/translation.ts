/**
 * An exercise's text in another language, written beside it as `exercises/<slug>/<lang>.ts`
 * (`ko.ts` for Korean). The exercise definition stays the single source of behaviour: a
 * translation only replaces what learners read. Everything is keyed by the English text it
 * replaces, so check names, variant names and `wrong/*` files keep their stable English ids in
 * machine-readable reports.
 */

/** The learner-facing text of one check. */
export interface CheckTranslation {
  /** The check's name as learners read it (the English name stays its id). */
  name: string;
  /** Replaces the check's `.hint()`; required exactly when the check has one. */
  hint?: string;
  /** Replace the messages of the check's `.explain()` code rules, in the same order. */
  explain?: string[];
  /** Replaces the `notMeans` phrase of a `finishedNear` check. */
  notMeans?: string;
}

/** A variant's name and description ("with the jobs of Bob's usual morning") in the language. */
export interface VariantTranslation {
  name: string;
  /** Required exactly when the variant has a description. */
  description?: string;
}

/** What `exercises/<slug>/<lang>.ts` exports as default. */
export interface ExerciseTranslation {
  title: string;
  /** The task, Markdown, like the English prompt (code spans stay as they are). */
  prompt: string;
  /** One per English hint, in the same order. */
  hints?: string[];
  /** Keyed by the English variant name; every variant of the exercise. */
  variants?: Record<string, VariantTranslation>;
  /** Keyed by the English check name; every check of the exercise. */
  checks: Record<string, CheckTranslation>;
}

/** Declares a translation; the identity function that gives translators type checking. */
export function defineTranslation(translation: ExerciseTranslation): ExerciseTranslation {
  return translation;
}
