import { describe, expect, it } from "vitest";
import { createProgressFile, parseProgressFile } from "../../src/lib/progress-file.ts";
import { emptyProgress, recordGrade } from "../../src/lib/progress-store.ts";
import type { SubmissionBundle } from "../../src/grader/bundle.ts";

const NOW = "2026-01-02T03:04:05.000Z";

function bundle(exercise: string): SubmissionBundle {
  return {
    format: "looplab-submission",
    version: 1,
    courseVersion: "0.1.0",
    exercise,
    code: "print(1);\n",
    result: { version: 3, status: "pass", exercise, checks: [], traceHash: `sha256:${"a".repeat(64)}` },
    traceHash: `sha256:${"a".repeat(64)}`,
    createdAt: NOW,
  };
}

describe("createProgressFile", () => {
  it("lists every graded submission as a bundle, signed with the student's name", () => {
    const progress = emptyProgress();
    recordGrade(progress, "two-delays", "pass", bundle("two-delays"), NOW);
    recordGrade(progress, "a-first", "fail", bundle("a-first"), NOW);
    recordGrade(progress, "no-submission", "error", undefined, NOW);
    const file = createProgressFile(progress, { courseVersion: "0.1.0", exportedAt: NOW, student: "Ada" });
    expect(file.submissions.map((s) => [s.exercise, s.student])).toEqual([
      ["a-first", "Ada"],
      ["two-delays", "Ada"],
    ]);
    expect(file).toMatchObject({
      format: "looplab-progress",
      version: 1,
      student: "Ada",
      courseVersion: "0.1.0",
    });
  });
});

describe("parseProgressFile", () => {
  it("reads back what was exported", () => {
    const progress = emptyProgress();
    recordGrade(progress, "two-delays", "pass", bundle("two-delays"), NOW);
    const text = JSON.stringify(createProgressFile(progress, { courseVersion: "0.1.0", exportedAt: NOW }));
    expect(parseProgressFile(text)).toEqual({ ok: true, progress, newer: false });
  });

  it("explains files that are not progress files", () => {
    expect(parseProgressFile("nope")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not JSON/),
    });
    expect(parseProgressFile(JSON.stringify(bundle("x")))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/submission bundle/),
    });
    expect(parseProgressFile(JSON.stringify({ format: "looplab-progress", progress: {} }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/unknown progress version/),
    });
  });
});
