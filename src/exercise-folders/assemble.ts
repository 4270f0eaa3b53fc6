/**
 * Builds a validated `LoadedExercise` from an exercise folder's definition and file texts. Shared
 * by the Node loader (`load.ts`, reading the disk) and the site (reading `import.meta.glob`), so
 * both reject the same mistakes with the same messages.
 */

import type { ExerciseDefinition, LoadedExercise, WrongSubmission } from "../grader/exercise.ts";
import type { ExerciseTranslation } from "../grader/translation.ts";
import { DEFAULT_LANG, LANGS, type Lang } from "../i18n/lang.ts";
import { ExerciseFormatError, validateDefinition } from "./schema.ts";
import { validateTranslation } from "./translation-schema.ts";

/** The first line of a `wrong/*.ts` file: `// fails: <check name>`. */
const FAILS_LINE = /^\s*\/\/\s*fails:\s*(.+?)\s*$/;

/**
 * Validates and assembles one exercise. `files` maps paths relative to the folder
 * (`starter.ts`, `wrong/sequential.ts`) to their text; `translations` holds the default export
 * of each `<lang>.ts` the folder has (`{ ko: … }`). Throws `ExerciseFormatError` listing every
 * problem.
 */
export function assembleExercise(
  slug: string,
  definition: unknown,
  files: ReadonlyMap<string, string>,
  translations: Partial<Record<Lang, unknown>> = {},
): LoadedExercise {
  const dir = `exercises/${slug}`;
  const problems = validateDefinition(definition, `${dir}/exercise.ts`, slug);
  if (problems.length > 0) throw new ExerciseFormatError(problems);
  const def = definition as ExerciseDefinition;
  const predict = def.kind === "predict";
  const ext = predict ? "json" : "ts";

  const need = (path: string, why: string): string => {
    const text = files.get(path);
    if (text === undefined) problems.push(`${dir}/${path}: missing (${why}).`);
    return text ?? "";
  };
  const starter = need(
    `starter.${ext}`,
    predict ? "the prediction the editor opens with" : "what the editor opens with",
  );
  const solution = need(`solution.${ext}`, predict ? "the right prediction" : "the reference solution");
  const program = predict ? need("program.ts", "the program whose output the learner predicts") : null;

  const checkNames = Object.keys(def.checks);
  const wrong: WrongSubmission[] = [];
  for (const [path, source] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (!path.startsWith("wrong/")) continue;
    if (!path.endsWith(`.${ext}`)) {
      problems.push(`${dir}/${path}: wrong submissions of a ${def.kind} exercise are .${ext} files.`);
      continue;
    }
    const fails = predict ? failsFieldOf(source) : FAILS_LINE.exec(source.split("\n", 1)[0] ?? "")?.[1];
    const where = predict ? `field "fails"` : "line 1";
    if (fails === undefined) {
      problems.push(
        `${dir}/${path}: ${where} must name the check it fails` +
          (predict ? ` ("fails": "<check name>").` : ` (// fails: <check name>).`),
      );
    } else if (!checkNames.includes(fails)) {
      problems.push(
        `${dir}/${path}: ${where} names the check "${fails}", which exercise.ts does not define. ` +
          `Its checks: ${checkNames.map((n) => `"${n}"`).join(", ")}.`,
      );
    } else {
      wrong.push({ file: path, source, fails });
    }
  }
  const translated: Partial<Record<Lang, ExerciseTranslation>> = {};
  for (const lang of LANGS) {
    const raw = translations[lang];
    if (raw === undefined) continue;
    if (lang === DEFAULT_LANG) {
      problems.push(`${dir}/${lang}.ts: the exercise's own text is English; remove this file.`);
      continue;
    }
    const found = validateTranslation(raw, def, `${dir}/${lang}.ts`);
    problems.push(...found);
    if (found.length === 0) translated[lang] = raw as ExerciseTranslation;
  }
  if (problems.length > 0) throw new ExerciseFormatError(problems);
  return { definition: def, dir, starter, solution, program, wrong, translations: translated };
}

function failsFieldOf(text: string): string | undefined {
  try {
    const data = JSON.parse(text) as { fails?: unknown };
    return typeof data.fails === "string" ? data.fails : undefined;
  } catch {
    return undefined;
  }
}

/** What `course list` and the site's index show for an exercise. */
export interface ExerciseSummary {
  slug: string;
  title: string;
  lesson: string;
  kind: string;
  checks: number;
  variants: number;
}

export function summarise(exercise: LoadedExercise): ExerciseSummary {
  const def = exercise.definition;
  return {
    slug: def.slug,
    title: def.title,
    lesson: def.lesson,
    kind: def.kind,
    checks: Object.keys(def.checks).length,
    variants: def.variants?.length ?? 1,
  };
}
