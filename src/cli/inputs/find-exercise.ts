/** Looks an exercise up by slug for the CLI, with a message that lists the slugs that exist. */

import { exerciseSlugs, loadExercise } from "../../exercise-folders/load.ts";
import type { LoadedExercise } from "../../grader/index.ts";
import { DEFAULT_LANG, type Lang } from "../../i18n/lang.ts";
import { cliMessages } from "../messages/index.ts";

export type Found = { ok: true; exercise: LoadedExercise } | { ok: false; message: string };

/** The exercise `slug`, or a message in `lang` naming the slugs that come close. */
export async function findExercise(slug: string, lang: Lang = DEFAULT_LANG): Promise<Found> {
  const slugs = await exerciseSlugs();
  if (!slugs.includes(slug)) {
    const suggestions = slugs.filter((s) => s.includes(slug) || slug.includes(s));
    return { ok: false, message: cliMessages(lang).common.noExercise({ slug, suggestions }) };
  }
  return { ok: true, exercise: await loadExercise(slug) };
}
