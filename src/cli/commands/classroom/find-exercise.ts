/** Looks an exercise up by slug for the CLI, with a message that lists the slugs that exist. */

import { exerciseSlugs, loadExercise } from "../../../exercises/load.ts";
import type { LoadedExercise } from "../../../grader/index.ts";

export type Found = { ok: true; exercise: LoadedExercise } | { ok: false; message: string };

export async function findExercise(slug: string): Promise<Found> {
  const slugs = await exerciseSlugs();
  if (!slugs.includes(slug)) {
    const close = slugs.filter((s) => s.includes(slug) || slug.includes(s));
    const suggestion = close.length > 0 ? ` Did you mean ${close.map((s) => `"${s}"`).join(" or ")}?` : "";
    return {
      ok: false,
      message: `There is no exercise "${slug}".${suggestion} Run \`npm run course -- list\` to see them all.`,
    };
  }
  return { ok: true, exercise: await loadExercise(slug) };
}
