/**
 * Loads exercise folders from disk (Node only: the CLI and the tests). The site reads the same
 * folders through `import.meta.glob` and `assembleExercise`.
 */

import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { LoadedExercise } from "../grader/exercise.ts";
import { LANGS, type Lang } from "../i18n/lang.ts";
import { assembleExercise } from "./assemble.ts";
import { ExerciseFormatError } from "./schema.ts";

/** The repository's `exercises/` folder. */
export const EXERCISES_ROOT = resolve(fileURLToPath(new URL("../../exercises", import.meta.url)));

/** Slugs of every exercise folder (folders starting with `.` or `_` are not exercises). */
export async function exerciseSlugs(root = EXERCISES_ROOT): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith(".") && !e.name.startsWith("_"))
    .map((e) => e.name)
    .sort();
}

/** Loads and validates one exercise. Throws `ExerciseFormatError` naming the file and field. */
export async function loadExercise(slug: string, root = EXERCISES_ROOT): Promise<LoadedExercise> {
  const dir = join(root, slug);
  const definitionFile = join(dir, "exercise.ts");
  try {
    await stat(definitionFile);
  } catch {
    throw new ExerciseFormatError([`exercises/${slug}: no exercise.ts in this folder.`]);
  }
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(definitionFile).href)) as { default?: unknown };
  } catch (error) {
    throw new ExerciseFormatError([`exercises/${slug}/exercise.ts: could not be loaded: ${String(error)}`]);
  }
  return assembleExercise(slug, module.default, await readTexts(dir), await readTranslations(dir, slug));
}

/** The default export of each `<lang>.ts` translation in the folder, by language. */
async function readTranslations(dir: string, slug: string): Promise<Partial<Record<Lang, unknown>>> {
  const translations: Partial<Record<Lang, unknown>> = {};
  for (const lang of LANGS) {
    const file = join(dir, `${lang}.ts`);
    try {
      await stat(file);
    } catch {
      continue;
    }
    try {
      const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
      translations[lang] = module.default;
    } catch (error) {
      throw new ExerciseFormatError([`exercises/${slug}/${lang}.ts: could not be loaded: ${String(error)}`]);
    }
  }
  return translations;
}

/** `ko.ts`, `en.ts`…: translations, not files of the exercise. */
const TRANSLATION_FILES = new Set<string>(LANGS.map((lang) => `${lang}.ts`));

/** Loads every exercise, reporting the problems of all broken ones together. */
export async function loadExercises(root = EXERCISES_ROOT): Promise<LoadedExercise[]> {
  const { exercises, problems } = await loadEveryExercise(root);
  if (problems.length > 0) throw new ExerciseFormatError(problems);
  return exercises;
}

/** Loads every exercise that is valid and lists the problems of those that are not. */
export async function loadEveryExercise(
  root = EXERCISES_ROOT,
): Promise<{ exercises: LoadedExercise[]; problems: string[] }> {
  const exercises: LoadedExercise[] = [];
  const problems: string[] = [];
  for (const slug of await exerciseSlugs(root)) {
    try {
      exercises.push(await loadExercise(slug, root));
    } catch (error) {
      if (error instanceof ExerciseFormatError) problems.push(...error.problems);
      else throw error;
    }
  }
  return { exercises, problems };
}

/** The text of every `.ts`/`.json` file in the folder and its `wrong/` subfolder, by relative path. */
async function readTexts(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const visit = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && entry.name === "wrong" && folder === dir) await visit(path);
      else if (
        entry.isFile() &&
        /\.(ts|json)$/.test(entry.name) &&
        entry.name !== "exercise.ts" &&
        !(folder === dir && TRANSLATION_FILES.has(entry.name))
      ) {
        files.set(relative(dir, path).split("\\").join("/"), await readFile(path, "utf8"));
      }
    }
  };
  await visit(dir);
  return files;
}
