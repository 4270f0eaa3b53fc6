/**
 * Grading in Korean through the real sandbox: messages, hints, explanations, labels and variant
 * phrases are Korean, while check ids, variant names and statuses stay the English ones.
 */

import { describe, expect, it } from "vitest";
import { createSandbox } from "../../runtime/host/run.ts";
import { loadExercise } from "../../src/exercise-folders/load.ts";
import {
  formatReport,
  gradeSubmission,
  localizeExercise,
  type ExerciseTranslation,
  type LoadedExercise,
} from "../../src/grader/index.ts";

const sandbox = await createSandbox();
const runner = sandbox.run.bind(sandbox);
const exercise = await loadExercise("two-delays");
const ko = exercise.translations?.ko as ExerciseTranslation;
/** The same exercise as if it had no translation yet. */
const untranslated: LoadedExercise = { ...exercise, translations: {} };
const hangul = /[가-힣]/;

async function gradeKo(source: string, subject: LoadedExercise = exercise) {
  return (await gradeSubmission(subject, source, { runner, lang: "ko" })).result;
}

describe("gradeSubmission in Korean", () => {
  it("has the exercise's Korean translation to grade with", () => {
    expect(ko).toBeDefined();
  });

  it("fails the starter with Korean messages and English ids", async () => {
    const result = await gradeKo(exercise.starter);
    expect(result.status).toBe("fail");
    expect(result.checks.map((c) => c.name)).toEqual(Object.keys(exercise.definition.checks));
    const name = "both delays start before either finishes";
    const failed = result.checks.find((c) => c.name === name);
    expect(failed?.status).toBe("fail");
    expect(failed?.label).toBe(ko.checks[name].name);
    expect(failed?.variant).toBe("2 s and 3 s");
    expect(failed?.message).toMatch(/^지연이 2초와 3초일 때: "finished sleeping for 2 second\(s\)" 줄이 /);
    expect(failed?.message).toContain(`\n힌트: ${ko.checks[name].hint}`);
    const timing = "finishes after the longer delay, not the sum";
    expect(result.checks.find((c) => c.name === timing)?.message).toContain(
      `${ko.checks[timing].notMeans}에 걸리는 시간입니다`,
    );
    for (const check of result.checks) {
      if (check.message === undefined) continue;
      expect(check.message, check.name).toMatch(hangul);
      expect(check.message, check.name).not.toMatch(/\b(the|was|should|but)\b/);
    }
  });

  it("explains a failure with the translated code rule", async () => {
    const source = exercise.starter
      .replace(
        'import * as asyncio from "asyncio";',
        'import * as asyncio from "asyncio";\nimport * as time from "time";',
      )
      .replace("await asyncio.sleep(seconds);", "time.sleep(seconds);");
    const result = await gradeKo(source);
    const name = "the delays wait at the same time";
    const check = result.checks.find((c) => c.name === name);
    expect(check?.status).toBe("fail");
    expect(check?.message).toContain(`\n이유: ${ko.checks[name].explain?.[0]}`);
  });

  it("passes the solution and writes a Korean report", async () => {
    const result = await gradeKo(exercise.solution);
    expect(result.status).toBe("pass");
    const report = formatReport(result, localizeExercise(exercise, "ko").title, "ko");
    expect(report.split("\n")[0]).toBe(`two-delays — ${ko.title}: 통과 (검사 8개 중 8개 통과)`);
    expect(report).toContain(`  ✓ ${ko.checks["main returns both results in order"].name}`);
  });

  it("tells a run error in Korean, keeping the exception as the runtime wrote it", async () => {
    const source = exercise.solution.replace("return [a, b];", 'throw new TypeError("bad delay");');
    const result = await gradeKo(source);
    expect(result.status).toBe("error");
    expect(result.message).toMatch(
      /^지연이 2초와 3초일 때: 프로그램에서 예외가 발생했습니다 \(\d+번째 줄, \d+열\)/,
    );
    expect(result.message).toContain("TypeError: bad delay");
  });

  it("uses the Korean catalog even for an exercise without a translation", async () => {
    const result = await gradeKo(untranslated.starter, untranslated);
    const failed = result.checks.find((c) => c.status === "fail");
    expect(failed?.label).toBeUndefined();
    expect(failed?.message).toMatch(/^“2 s and 3 s” 변형에서: /);
  });

  it("grades in English by default, without labels", async () => {
    const result = (await gradeSubmission(exercise, exercise.starter, { runner })).result;
    const failed = result.checks.find((c) => c.status === "fail");
    expect(failed?.label).toBeUndefined();
    expect(failed?.message).toMatch(/^With delays of 2 s and 3 s: /);
  });
});

describe("localizeExercise", () => {
  it("gives the translated text keyed by the English ids", () => {
    const text = localizeExercise(exercise, "ko");
    expect(text).toMatchObject({ lang: "ko", translated: true, title: ko.title, hints: ko.hints });
    expect(text.checks["main waits for both delays"]).toEqual({
      label: ko.checks["main waits for both delays"].name,
      hint: ko.checks["main waits for both delays"].hint,
    });
    expect(text.variants["4 s and 1 s"]).toEqual({
      label: ko.variants?.["4 s and 1 s"].name,
      description: ko.variants?.["4 s and 1 s"].description,
    });
  });

  it("falls back to the English text", () => {
    const text = localizeExercise(untranslated, "ko");
    expect(text).toMatchObject({ lang: "en", translated: false, title: exercise.definition.title });
    expect(text.checks["main waits for both delays"]).toEqual({
      label: "main waits for both delays",
      hint: exercise.definition.checks["main waits for both delays"].hintText,
    });
  });

  it("gives English as it is", () => {
    expect(localizeExercise(exercise, "en")).toMatchObject({ lang: "en", title: exercise.definition.title });
  });
});
