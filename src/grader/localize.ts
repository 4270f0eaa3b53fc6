/**
 * An exercise's learner-facing text in one language: what the site's exercise payload and the
 * CLI show. Falls back to the English text when the exercise has no translation for that
 * language, so every exercise can be shown in every language.
 */

import { DEFAULT_LANG, type Lang } from "../i18n/lang.ts";
import { variantsOf, type LoadedExercise } from "./exercise.ts";

/** What learners read about an exercise, in one language. Keys stay the English ids. */
export interface ExerciseText {
  lang: Lang;
  /** Whether this text is a translation (false: the English text, for lack of one). */
  translated: boolean;
  title: string;
  /** Markdown. */
  prompt: string;
  hints: string[];
  /** By the English check name: its name and hint as learners read them. */
  checks: Record<string, { label: string; hint: string | null }>;
  /** By the English variant name: its name and description as learners read them. */
  variants: Record<string, { label: string; description: string | null }>;
}

/**
 * The exercise's title, prompt, hints, check labels and variant names in `lang` (the English
 * text when it has no translation for `lang`). Grading in that language is
 * `gradeSubmission(exercise, source, { runner, lang })`.
 */
export function localizeExercise(exercise: LoadedExercise, lang: Lang): ExerciseText {
  const { definition } = exercise;
  const translation = lang === DEFAULT_LANG ? undefined : exercise.translations?.[lang];
  const checks: ExerciseText["checks"] = {};
  for (const [name, check] of Object.entries(definition.checks)) {
    const text = translation?.checks[name];
    checks[name] = { label: text?.name ?? name, hint: text?.hint ?? check.hintText };
  }
  const variants: ExerciseText["variants"] = {};
  for (const variant of variantsOf(definition)) {
    const text = translation?.variants?.[variant.name];
    variants[variant.name] = {
      label: text?.name ?? variant.name,
      description: text?.description ?? variant.description ?? null,
    };
  }
  return {
    lang: translation === undefined ? DEFAULT_LANG : lang,
    translated: translation !== undefined,
    title: translation?.title ?? definition.title,
    prompt: translation?.prompt ?? definition.prompt,
    hints: translation?.hints ?? definition.hints ?? [],
    checks,
    variants,
  };
}
