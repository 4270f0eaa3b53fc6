import { access } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assembleExercise } from "../../src/exercise-folders/assemble.ts";
import { EXERCISES_ROOT, loadEveryExercise, loadExercise } from "../../src/exercise-folders/load.ts";
import { validateTranslation } from "../../src/exercise-folders/translation-schema.ts";
import { ExerciseFormatError } from "../../src/exercise-folders/schema.ts";
import type { ExerciseTranslation } from "../../src/grader/index.ts";
import { LANGS, DEFAULT_LANG } from "../../src/i18n/lang.ts";
const twoDelays = await loadExercise("two-delays");
/** The exercise's real Korean translation, the starting point of every broken copy below. */
const fixture = twoDelays.translations?.ko as ExerciseTranslation;
const FILE = "exercises/two-delays/ko.ts";

/** The fixture with one change, deep-copied so tests do not share edits. */
function edited(change: (t: ExerciseTranslation) => void): ExerciseTranslation {
  const copy = structuredClone(fixture);
  change(copy);
  return copy;
}

function problemsOf(translation: unknown): string[] {
  return validateTranslation(translation, twoDelays.definition, FILE);
}

describe("validateTranslation", () => {
  it("accepts a complete translation", () => {
    expect(problemsOf(fixture)).toEqual([]);
  });

  it("names a check the exercise does not have, with the likely intended one", () => {
    const problems = problemsOf(
      edited((t) => {
        t.checks["main waits for both delay"] = t.checks["main waits for both delays"];
        delete t.checks["main waits for both delays"];
      }),
    );
    expect(problems).toContain(
      `${FILE}: checks["main waits for both delay"]: exercise.ts has no such check (did you mean "main waits for both delays"?).`,
    );
    expect(problems).toContain(
      `${FILE}: checks["main waits for both delays"]: missing; translate every check of exercise.ts.`,
    );
  });

  it("wants a hint exactly where the English check has one", () => {
    const problems = problemsOf(
      edited((t) => {
        delete t.checks["main waits for both delays"].hint;
        t.checks["main returns both results in order"].hint = "힌트";
      }),
    );
    expect(problems).toEqual([
      `${FILE}: checks["main waits for both delays"].hint: missing; the English has .hint().`,
      `${FILE}: checks["main returns both results in order"].hint: not allowed; the English has no .hint().`,
    ]);
  });

  it("counts hints and explanations", () => {
    const problems = problemsOf(
      edited((t) => {
        t.hints = t.hints?.slice(0, 2);
        t.checks["the delays wait at the same time"].explain = [];
      }),
    );
    expect(problems).toEqual([
      `${FILE}: hints: has 2 hints, but exercise.ts has 3 hints; translate each hint once, in the same order.`,
      `${FILE}: checks["the delays wait at the same time"].explain: has 0 messages, but the check has 1 .explain() rule; give one message per rule, in the same order.`,
    ]);
  });

  it("wants every variant with its description, and the notMeans phrase", () => {
    const problems = problemsOf(
      edited((t) => {
        delete t.variants?.["4 s and 1 s"];
        delete t.variants?.["2 s and 3 s"].description;
        delete t.checks["finishes after the longer delay, not the sum"].notMeans;
      }),
    );
    expect(problems).toEqual([
      `${FILE}: variants["2 s and 3 s"].description: missing; the English has a description.`,
      `${FILE}: variants["4 s and 1 s"]: missing; every variant needs its name (and description) translated.`,
      `${FILE}: checks["finishes after the longer delay, not the sum"].notMeans: missing; the English has the notMeans option.`,
    ]);
  });

  it("rejects empty texts and unknown fields", () => {
    const problems = problemsOf({ ...fixture, title: " ", summary: "요약" });
    expect(problems).toEqual([
      `${FILE}: summary: unknown field. Allowed: title, prompt, hints, variants, checks.`,
      `${FILE}: title: expected a non-empty string; got " ".`,
    ]);
  });
});

describe("assembleExercise with translations", () => {
  it("carries a valid translation and fails naming the file of a broken one", () => {
    const files = new Map([
      ["starter.ts", twoDelays.starter],
      ["solution.ts", twoDelays.solution],
    ]);
    const assembled = assembleExercise("two-delays", twoDelays.definition, files, { ko: fixture });
    expect(assembled.translations?.ko).toBe(fixture);
    expect(() =>
      assembleExercise("two-delays", twoDelays.definition, files, { ko: { title: "제목" } }),
    ).toThrow(ExerciseFormatError);
  });
});

describe("the exercises' translations", async () => {
  const { exercises, problems } = await loadEveryExercise();

  it("are all complete and consistent with their exercises", () => {
    expect(problems).toEqual([]);
  });

  it("exist for every exercise in every language of the course", () => {
    for (const exercise of exercises) {
      const missing = LANGS.filter((l) => l !== DEFAULT_LANG && exercise.translations?.[l] === undefined);
      expect(missing, exercise.definition.slug).toEqual([]);
    }
  });

  for (const exercise of exercises) {
    for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
      // Discovered, not listed: a translation that arrives is checked without touching this file.
      const file = join(EXERCISES_ROOT, exercise.definition.slug, `${lang}.ts`);
      const exists = await access(file).then(
        () => true,
        () => false,
      );
      if (!exists) continue;
      it(`${exercise.definition.slug}/${lang}.ts is loaded with the exercise`, () => {
        expect(exercise.translations?.[lang]).toBeDefined();
      });
    }
  }
});
