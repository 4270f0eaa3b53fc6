/**
 * Exercise proofs, in the Exercism style: for every exercise and every variant the reference
 * solution passes and the starter fails (on the check `starterFails` names, when it names one);
 * every valid alternative in `alternatives/` passes every variant; every known-wrong submission
 * fails on the check its file names. Real sandbox, real grader. Folders are discovered, so a new
 * exercise with `alternatives/` is proven without touching this file.
 */

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSandbox } from "../../runtime/host/run.ts";
import { EXERCISES_ROOT, loadEveryExercise } from "../../src/exercise-folders/load.ts";
import { formatReport, gradeSubmission, variantsOf, type LoadedExercise } from "../../src/grader/index.ts";

const sandbox = await createSandbox();
const runner = sandbox.run.bind(sandbox);
const { exercises, problems } = await loadEveryExercise();

/** The exercise restricted to one of its variants. */
function onlyVariant(exercise: LoadedExercise, index: number): LoadedExercise {
  const variants = exercise.definition.variants;
  if (variants === undefined) return exercise;
  return { ...exercise, definition: { ...exercise.definition, variants: [variants[index]] } };
}

async function grade(exercise: LoadedExercise, source: string, filename: string) {
  return (await gradeSubmission(exercise, source, { runner, filename })).result;
}

/** `alternatives/*.ts` (or `*.json` for predict exercises) of an exercise folder, by file name. */
async function alternativesOf(exercise: LoadedExercise): Promise<[string, string][]> {
  const ext = exercise.definition.kind === "predict" ? ".json" : ".ts";
  const dir = join(EXERCISES_ROOT, exercise.definition.slug, "alternatives");
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith(ext)).sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name): Promise<[string, string]> => [
      `alternatives/${name}`,
      await readFile(join(dir, name), "utf8"),
    ]),
  );
}

const alternatives = new Map(
  await Promise.all(exercises.map(async (e) => [e.definition.slug, await alternativesOf(e)] as const)),
);

it("finds only valid exercise folders", () => {
  expect(problems).toEqual([]);
  expect(exercises.length).toBeGreaterThan(0);
});

describe.each(exercises.map((e) => [e.definition.slug, e] as const))("exercise %s", (slug, exercise) => {
  const variants =
    exercise.definition.kind === "predict" ? [{ name: "default" }] : variantsOf(exercise.definition);

  describe.each(variants.map((v, i) => [v.name, i] as const))("variant %s", (_name, index) => {
    const single = onlyVariant(exercise, index);

    it("passes the reference solution", async () => {
      const result = await grade(single, exercise.solution, "solution.ts");
      expect(result.status, formatReport(result)).toBe("pass");
    });

    it("fails the starter on a check, not with an error", async () => {
      const result = await grade(single, exercise.starter, "starter.ts");
      expect(result.status, formatReport(result)).toBe("fail");
      const named = exercise.definition.starterFails;
      if (named !== undefined) {
        expect(result.checks.find((c) => c.name === named)?.status, formatReport(result)).toBe("fail");
      }
    });
  });

  const alternativeFiles = alternatives.get(slug) ?? [];
  if (alternativeFiles.length > 0) {
    it.each(alternativeFiles)("passes the valid alternative %s in every variant", async (file, source) => {
      const result = await grade(exercise, source, file);
      expect(result.status, formatReport(result)).toBe("pass");
    });
  }

  if (exercise.wrong.length > 0) {
    it.each(exercise.wrong.map((w) => [w.file, w] as const))(
      "fails %s on the check it names",
      async (_file, wrong) => {
        const result = await grade(exercise, wrong.source, wrong.file);
        const named = result.checks.find((c) => c.name === wrong.fails);
        expect(result.status, formatReport(result)).toBe("fail");
        expect(named?.status, formatReport(result)).toBe("fail");
        // Plain words: no regular expressions, no variant JSON, one sentence before any Why/Hint.
        for (const failed of result.checks.filter((c) => c.status === "fail")) {
          const [sentence = "", ...rest] = (failed.message ?? "").split("\n");
          expect(sentence, failed.name).not.toMatch(/\/\^|\$\/|world \{|\{"/);
          expect(sentence.trim().endsWith("."), sentence).toBe(true);
          for (const line of rest) expect(line, failed.name).toMatch(/^(Why|Hint): /);
        }
      },
    );
  }

  it("re-grades the solution to the same trace hash", async () => {
    const first = await grade(exercise, exercise.solution, "solution.ts");
    const second = await grade(exercise, exercise.solution, "solution.ts");
    expect(second.traceHash).toBe(first.traceHash);
  });
});

/** The 16 exercises of the first five lessons, each proven by at least two alternatives and five wrong answers. */
const PROVEN = [
  "bob-juggles",
  "callback-chain-to-coroutine",
  "cancel-spinner",
  "cleanup-on-cancel",
  "drive-by-hand",
  "gather-factorials",
  "predict-callback-order",
  "predict-cancel-order",
  "predict-download-times",
  "predict-lazy-coroutines",
  "predict-loop-order",
  "predict-task-times",
  "swallowed-cancel",
  "tiny-event-loop",
  "two-delays",
  "unblock-the-loop",
];

describe.each(PROVEN)("the proof of %s", (slug) => {
  it("has at least two valid alternatives and five known-wrong answers", () => {
    const exercise = exercises.find((e) => e.definition.slug === slug);
    expect(exercise, slug).toBeDefined();
    expect((alternatives.get(slug) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(exercise?.wrong.length).toBeGreaterThanOrEqual(5);
  });
});
