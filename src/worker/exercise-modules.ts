/**
 * The exercises as the worker grades them: each `exercises/<slug>/exercise.ts` is its own lazy
 * chunk (its checks are code), loaded the first time that exercise is checked, and assembled with
 * the same validation as the CLI (`src/exercise-folders/assemble.ts`). Grading never reads an
 * exercise's solution, so solutions are not bundled here: a page that does not offer the
 * solution (an assignment with solutions off) never fetches it. Its translation
 * (`exercises/<slug>/ko.ts`) is loaded with it for a page in that language only. A page that does
 * not offer the hints loads the hint-free chunks of both instead (`src/assignments/hint-free.ts`).
 */
import { assembleExercise } from "../exercise-folders/assemble.ts";
import type { LoadedExercise } from "../grader/exercise.ts";
import { DEFAULT_LANG, type Lang } from "../i18n/lang.ts";

const definitions = import.meta.glob<{ default: unknown }>("../../exercises/*/exercise.ts");
const translations = import.meta.glob<{ default: unknown }>("../../exercises/*/ko.ts");
// The query is `WITHOUT_HINTS` of src/assignments/hint-free.ts (a glob's options must be literals).
const hintFreeDefinitions = import.meta.glob<{ default: unknown }>("../../exercises/*/exercise.ts", {
  query: "?without-hints",
});
const hintFreeTranslations = import.meta.glob<{ default: unknown }>("../../exercises/*/ko.ts", {
  query: "?without-hints",
});
const texts = import.meta.glob<string>(["../../exercises/*/starter.*", "../../exercises/*/program.ts"], {
  query: "?raw",
  import: "default",
});

/**
 * Loads an exercise by slug, with its translation into `lang` when it has one, or returns null
 * when the site has no such exercise. With `hints: false` neither its definition nor its
 * translation holds any hint.
 */
export async function loadExercise(
  slug: string,
  lang: Lang = DEFAULT_LANG,
  { hints }: { hints: boolean } = { hints: true },
): Promise<LoadedExercise | null> {
  const load = (hints ? definitions : hintFreeDefinitions)[`../../exercises/${slug}/exercise.ts`];
  if (!load) return null;
  const prefix = `../../exercises/${slug}/`;
  const files = new Map<string, string>([
    ["solution.ts", ""],
    ["solution.json", ""],
  ]);
  await Promise.all(
    Object.entries(texts)
      .filter(([path]) => path.startsWith(prefix))
      .map(async ([path, read]) => files.set(path.slice(prefix.length), await read())),
  );
  const translation =
    lang === DEFAULT_LANG ? undefined : (hints ? translations : hintFreeTranslations)[`${prefix}${lang}.ts`];
  const translated = translation ? { [lang]: (await translation()).default } : {};
  return assembleExercise(slug, (await load()).default, files, translated);
}
