/**
 * Build-time access to course files for the MDX components: example programs and exercise folders.
 * Code always comes from files (never from MDX props), read through Vite's `import.meta.glob`, so
 * the dev server reloads a page when a program it shows changes. Runs only during the build (and
 * in the dev server), never in the browser.
 */

import { assembleExercise } from "../exercise-folders/assemble.ts";
import type { LoadedExercise } from "../grader/exercise.ts";
import { localizeExercise } from "../grader/localize.ts";
import type { Budgets } from "../grader/types.ts";
import { DEFAULT_LANG, type Lang } from "../i18n/lang.ts";

/** Example programs by path relative to `content/examples/` (`01-why-async/two-sleeps.ts`). */
const exampleFiles = import.meta.glob<string>("/content/examples/**/*.ts", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Text files of every exercise folder (including `wrong/`), by path relative to `exercises/`. */
const exerciseFiles = import.meta.glob<string>(["/exercises/*/**/*.ts", "/exercises/*/**/*.json"], {
  query: "?raw",
  import: "default",
  eager: true,
});

/** The `exercise.ts` modules (their default export is the exercise definition). */
const exerciseModules = import.meta.glob<{ default: unknown }>("/exercises/*/exercise.ts", { eager: true });

/** The exercises' translations, `exercises/<slug>/<lang>.ts` (see `src/grader/translation.ts`). */
const translationModules = import.meta.glob<{ default: unknown }>("/exercises/*/ko.ts", { eager: true });

function relative(map: Record<string, string>, prefix: string): Map<string, string> {
  return new Map(Object.entries(map).map(([path, text]) => [path.slice(prefix.length), text]));
}

const examples = relative(exampleFiles, "/content/examples/");
const exerciseTexts = relative(exerciseFiles, "/exercises/");

/** A build error that names what the author wrote and what exists. */
export class CourseContentError extends Error {
  override name = "CourseContentError";
}

/** The source of an example program; fails the build with the close matches when it is missing. */
export function exampleSource(src: string): string {
  const text = examples.get(src);
  if (text !== undefined) return text;
  const folder = src.split("/")[0] ?? "";
  const siblings = [...examples.keys()]
    .filter((path) => path.startsWith(`${folder}/`))
    .map((path) => path.slice(folder.length + 1));
  throw new CourseContentError(
    `<Example src="${src}">: there is no file content/examples/${src}.` +
      (siblings.length ? ` Files in content/examples/${folder}/: ${siblings.join(", ")}.` : ""),
  );
}

/** The parts of an exercise the page shows (see `exercises/README.md`). */
export interface ExerciseInfo {
  slug: string;
  title: string;
  kind: "write" | "fix" | "predict";
  lesson: string;
  prompt: string;
  hints: string[];
  budgets: Budgets;
  /** The world of the first variant: what a plain Run (not Check) uses. */
  world?: Record<string, unknown>;
  /** Each variant's name as learners read it, by its id (the English name). */
  variants: Record<string, string>;
  /** `write`/`fix`: the starter and the reference solution (for `predict`: their JSON). */
  starter: string;
  solution: string;
  /** `predict`: the program whose output the learner predicts. */
  program?: string;
}

/** Every exercise slug, for the home and progress pages. */
export function exerciseSlugs(): string[] {
  return Object.keys(exerciseModules)
    .map((path) => path.split("/")[2] ?? "")
    .sort();
}

const loaded = new Map<string, LoadedExercise>();

/**
 * Loads and validates an exercise with the same rules as the CLI and the tests
 * (`src/exercise-folders/assemble.ts`); fails the build naming the file and field, or the known slugs.
 * In a language other than English, the title, prompt and hints are the exercise's translation
 * where it has one (`exercises/<slug>/ko.ts`, validated with the exercise), else the English text.
 */
export function exerciseInfo(slug: string, component = "Exercise", lang: Lang = DEFAULT_LANG): ExerciseInfo {
  const module = exerciseModules[`/exercises/${slug}/exercise.ts`];
  if (!module) {
    throw new CourseContentError(
      `<${component} slug="${slug}">: there is no exercises/${slug}/exercise.ts. Known exercises: ${exerciseSlugs().join(", ") || "none"}.`,
    );
  }
  let exercise = loaded.get(slug);
  if (!exercise) {
    const files = new Map<string, string>();
    for (const [path, text] of exerciseTexts) {
      if (path.startsWith(`${slug}/`)) files.set(path.slice(slug.length + 1), text);
    }
    const translations = Object.fromEntries(
      Object.entries(translationModules)
        .filter(([path]) => path.startsWith(`/exercises/${slug}/`))
        .map(([path, translation]) => [
          path.slice(`/exercises/${slug}/`.length, -".ts".length),
          translation.default,
        ]),
    );
    exercise = assembleExercise(slug, module.default, files, translations);
    loaded.set(slug, exercise);
  }
  const { definition } = exercise;
  const world = definition.variants?.[0]?.world;
  const text = localizeExercise(exercise, lang);
  return {
    slug,
    title: text.title,
    kind: definition.kind,
    lesson: definition.lesson,
    prompt: text.prompt,
    hints: text.hints,
    variants: Object.fromEntries(Object.entries(text.variants).map(([id, { label }]) => [id, label])),
    budgets: definition.budgets ?? {},
    world: typeof world === "object" && world !== null ? (world as Record<string, unknown>) : undefined,
    starter: exercise.starter,
    solution: exercise.solution,
    program: exercise.program ?? undefined,
  };
}

/** Serialises data for a `<script type="application/json">` element (no `</script>` break-out). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
