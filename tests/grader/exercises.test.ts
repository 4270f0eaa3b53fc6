/**
 * Exercise proofs, in the Exercism style: for every exercise and every variant the reference
 * solution passes and the starter does not; every known-wrong submission fails on the check its
 * file names. Real sandbox, real grader.
 */

import { describe, expect, it } from "vitest";
import { createSandbox } from "../../runtime/host/run.ts";
import { loadEveryExercise } from "../../src/exercises/load.ts";
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

it("finds only valid exercise folders", () => {
  expect(problems).toEqual([]);
  expect(exercises.length).toBeGreaterThan(0);
});

describe.each(exercises.map((e) => [e.definition.slug, e] as const))("exercise %s", (_slug, exercise) => {
  const variants =
    exercise.definition.kind === "predict" ? [{ name: "default" }] : variantsOf(exercise.definition);

  describe.each(variants.map((v, i) => [v.name, i] as const))("variant %s", (_name, index) => {
    const single = onlyVariant(exercise, index);

    it("passes the reference solution", async () => {
      const result = await grade(single, exercise.solution, "solution.ts");
      expect(result.status, formatReport(result)).toBe("pass");
    });

    it("does not pass the starter", async () => {
      const result = await grade(single, exercise.starter, "starter.ts");
      expect(result.status, formatReport(result)).not.toBe("pass");
    });
  });

  if (exercise.wrong.length > 0) {
    it.each(exercise.wrong.map((w) => [w.file, w] as const))(
      "fails %s on the check it names",
      async (_file, wrong) => {
        const result = await grade(exercise, wrong.source, wrong.file);
        const named = result.checks.find((c) => c.name === wrong.fails);
        expect(result.status, formatReport(result)).toBe("fail");
        expect(named?.status, formatReport(result)).toBe("fail");
      },
    );
  }

  it("re-grades the solution to the same trace hash", async () => {
    const first = await grade(exercise, exercise.solution, "solution.ts");
    const second = await grade(exercise, exercise.solution, "solution.ts");
    expect(second.traceHash).toBe(first.traceHash);
  });
});
