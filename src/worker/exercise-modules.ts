/**
 * The exercises as the worker grades them: each `exercises/<slug>/exercise.ts` is its own lazy
 * chunk (its checks are code), loaded the first time that exercise is checked, and assembled with
 * the same validation as the CLI (`src/exercises/assemble.ts`). Grading never reads an
 * exercise's solution, so solutions are not bundled here: a page that does not offer the
 * solution (an assignment with solutions off) never fetches it. A page that does not offer the
 * hints loads each exercise's hint-free chunk instead (`src/assignments/hint-free.ts`).
 */
import { assembleExercise } from "../exercises/assemble.ts";
import type { LoadedExercise } from "../grader/exercise.ts";

const definitions = import.meta.glob<{ default: unknown }>("../../exercises/*/exercise.ts");
// The query is `WITHOUT_HINTS` of src/assignments/hint-free.ts (a glob's options must be literals).
const hintFree = import.meta.glob<{ default: unknown }>("../../exercises/*/exercise.ts", {
  query: "?without-hints",
});
const texts = import.meta.glob<string>(["../../exercises/*/starter.*", "../../exercises/*/program.ts"], {
  query: "?raw",
  import: "default",
});

/**
 * Loads an exercise by slug, or returns null when the site has no such exercise. With
 * `hints: false` its definition has no hints and its checks none either.
 */
export async function loadExercise(
  slug: string,
  { hints }: { hints: boolean } = { hints: true },
): Promise<LoadedExercise | null> {
  const load = (hints ? definitions : hintFree)[`../../exercises/${slug}/exercise.ts`];
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
  return assembleExercise(slug, (await load()).default, files);
}
