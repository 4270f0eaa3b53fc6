/**
 * Grading in Korean through the real sandbox: messages, hints, explanations, labels and variant
 * phrases are Korean, while check ids, variant names and statuses stay the English ones.
 */

import { describe, expect, it } from "vitest";
import { createSandbox } from "../../runtime/host/run.ts";
import { loadExercise } from "../../src/exercises/load.ts";
import {
  formatReport,
  gradeSubmission,
  localizeExercise,
  type LoadedExercise,
} from "../../src/grader/index.ts";
import fixture from "./fixtures/two-delays/ko.ts";

const sandbox = await createSandbox();
const runner = sandbox.run.bind(sandbox);
const english = await loadExercise("two-delays");
const exercise: LoadedExercise = { ...english, translations: { ko: fixture } };
const hangul = /[가-힣]/;

async function gradeKo(source: string, subject: LoadedExercise = exercise) {
  return (await gradeSubmission(subject, source, { runner, lang: "ko" })).result;
}

describe("gradeSubmission in Korean", () => {
  it("fails the starter with Korean messages and English ids", async () => {
    const result = await gradeKo(exercise.starter);
    expect(result.status).toBe("fail");
    expect(result.checks.map((c) => c.name)).toEqual(Object.keys(exercise.definition.checks));
    const failed = result.checks.find((c) => c.name === "both delays start before either finishes");
    expect(failed?.status).toBe("fail");
    expect(failed?.label).toBe("두 지연 모두 어느 하나가 끝나기 전에 시작한다");
    expect(failed?.variant).toBe("2 s and 3 s");
    expect(failed?.message).toMatch(/^2초와 3초 지연에서: "finished sleeping for 2 second\(s\)" 줄이 /);
    expect(failed?.message).toContain("\n힌트: 어느 지연도 await하기 전에 두 지연을 모두 시작하세요.");
    const timing = result.checks.find((c) => c.name === "finishes after the longer delay, not the sum");
    expect(timing?.message).toContain("지연이 차례로 실행될 때 걸리는 시간입니다");
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
    const check = result.checks.find((c) => c.name === "the delays wait at the same time");
    expect(check?.status).toBe("fail");
    expect(check?.message).toContain("\n이유: time.sleep은 이벤트 루프 전체를 막습니다.");
  });

  it("passes the solution and writes a Korean report", async () => {
    const result = await gradeKo(exercise.solution);
    expect(result.status).toBe("pass");
    const report = formatReport(result, localizeExercise(exercise, "ko").title, "ko");
    expect(report.split("\n")[0]).toBe("two-delays — 두 지연을 동시에: 통과 (검사 8개 중 8개 통과)");
    expect(report).toContain("  ✓ main이 두 결과를 순서대로 반환한다");
  });

  it("tells a run error in Korean, keeping the exception as the runtime wrote it", async () => {
    const source = exercise.solution.replace("return [a, b];", 'throw new TypeError("bad delay");');
    const result = await gradeKo(source);
    expect(result.status).toBe("error");
    expect(result.message).toMatch(
      /^2초와 3초 지연에서: 프로그램에서 예외가 발생했습니다 \(\d+번째 줄, \d+열\)/,
    );
    expect(result.message).toContain("TypeError: bad delay");
  });

  it("uses the Korean catalog even for an exercise without a translation", async () => {
    const result = await gradeKo(english.starter, english);
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
    expect(text).toMatchObject({ lang: "ko", translated: true, title: "두 지연을 동시에" });
    expect(text.hints).toHaveLength(3);
    expect(text.checks["main waits for both delays"]).toEqual({
      label: "main이 두 지연을 모두 기다린다",
      hint: "지연만큼 잠드는 것은 지연을 기다리는 것이 아닙니다. 태스크를 await하거나 gather하세요.",
    });
    expect(text.variants["4 s and 1 s"]).toEqual({ label: "4초와 1초", description: "4초와 1초 지연에서" });
  });

  it("falls back to the English text", () => {
    const text = localizeExercise(english, "ko");
    expect(text).toMatchObject({ lang: "en", translated: false, title: english.definition.title });
    expect(text.checks["main waits for both delays"]?.label).toBe("main waits for both delays");
  });
});
