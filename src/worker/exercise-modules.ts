/**
 * The exercises as the worker grades them: each `exercises/<slug>/exercise.ts` is its own lazy
 * chunk (its checks are code), loaded the first time that exercise is checked; the starter,
 * solution and program texts come along as raw strings.
 */
import type { ExerciseDefinition, LoadedExercise } from "../grader/exercise.ts";

const definitions = import.meta.glob<{ default: ExerciseDefinition }>("../../exercises/*/exercise.ts");
const texts = import.meta.glob<string>(
  ["../../exercises/*/starter.*", "../../exercises/*/solution.*", "../../exercises/*/program.ts"],
  { query: "?raw", import: "default" },
);

async function text(slug: string, names: string[]): Promise<string | null> {
  for (const name of names) {
    const load = texts[`../../exercises/${slug}/${name}`];
    if (load) return load();
  }
  return null;
}

/** Loads an exercise by slug, or returns null when the site has no such exercise. */
export async function loadExercise(slug: string): Promise<LoadedExercise | null> {
  const load = definitions[`../../exercises/${slug}/exercise.ts`];
  if (!load) return null;
  const definition = (await load()).default;
  const predict = definition.kind === "predict";
  return {
    definition,
    dir: `exercises/${slug}`,
    starter: (await text(slug, predict ? ["starter.json"] : ["starter.ts"])) ?? "",
    solution: (await text(slug, predict ? ["solution.json"] : ["solution.ts"])) ?? "",
    program: predict ? await text(slug, ["program.ts"]) : null,
    wrong: [],
  };
}
