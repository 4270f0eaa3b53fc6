import { describe, expect, it } from "vitest";
import { createSandbox } from "../../runtime/host/run.ts";
import { loadExercise } from "../../src/exercise-folders/load.ts";
import { createBundle, gradeSubmission, parseBundle, type GradeResult } from "../../src/grader/index.ts";

const result: GradeResult = {
  version: 3,
  status: "pass",
  exercise: "two-delays",
  checks: [{ name: "finishes after the longer delay, not the sum", status: "pass" }],
  traceHash: `sha256:${"ab".repeat(32)}`,
};

describe("createBundle / parseBundle", () => {
  it("round-trips a bundle through JSON", () => {
    const bundle = createBundle({
      courseVersion: "0.1.0",
      code: "print(1);",
      result,
      createdAt: "2026-01-02T03:04:05.000Z",
    });
    expect(bundle).toEqual({
      format: "looplab-submission",
      version: 1,
      courseVersion: "0.1.0",
      exercise: "two-delays",
      code: "print(1);",
      result,
      traceHash: result.traceHash,
      createdAt: "2026-01-02T03:04:05.000Z",
    });
    expect(parseBundle(JSON.stringify(bundle))).toEqual({ ok: true, bundle });
  });

  it("names the field that is wrong", () => {
    const bundle = createBundle({ courseVersion: "0.1.0", code: "x", result });
    const broken = (patch: object) => parseBundle(JSON.stringify({ ...bundle, ...patch }), "alice.json");
    expect(broken({ format: "zip" })).toEqual({
      ok: false,
      message: 'alice.json: "format" must be "looplab-submission".',
    });
    expect(broken({ version: 2 })).toEqual({
      ok: false,
      message: 'alice.json: "version" must be 1 (this course reads bundle version 1).',
    });
    expect(broken({ code: 42 })).toEqual({ ok: false, message: 'alice.json: "code" must be a string.' });
    expect(broken({ traceHash: "md5:00" })).toEqual({
      ok: false,
      message: 'alice.json: "traceHash" must look like sha256:<64 hex digits>.',
    });
    expect(broken({ result: {} })).toEqual({
      ok: false,
      message: 'alice.json: "result" must be a grading result with a "status".',
    });
    expect(parseBundle("{", "alice.json").ok).toBe(false);
  });

  it("names the field that is wrong in Korean", () => {
    const bundle = createBundle({ courseVersion: "0.1.0", code: "x", result });
    const broken = (patch: object) =>
      parseBundle(JSON.stringify({ ...bundle, ...patch }), "김민지.json", "ko");
    expect(broken({ code: 42 })).toEqual({
      ok: false,
      message: '김민지.json: "code" 값은 문자열이어야 합니다.',
    });
    expect(broken({ format: "zip" })).toEqual({
      ok: false,
      message: '김민지.json: "format" 값은 "looplab-submission" 문자열이어야 합니다.',
    });
  });
});

describe("re-grading a bundle", () => {
  it("reproduces the trace hash of the original grading", async () => {
    const sandbox = await createSandbox();
    const runner = sandbox.run.bind(sandbox);
    const exercise = await loadExercise("cancel-spinner");
    const graded = await gradeSubmission(exercise, exercise.solution, { runner });
    const bundle = createBundle({ courseVersion: "0.1.0", code: exercise.solution, result: graded.result });
    const parsed = parseBundle(JSON.stringify(bundle));
    if (!parsed.ok) throw new Error(parsed.message);
    const again = await gradeSubmission(exercise, parsed.bundle.code, { runner });
    expect(again.result.traceHash).toBe(parsed.bundle.traceHash);
    expect(again.traces).toHaveLength(exercise.definition.variants?.length ?? 1);
  });
});
