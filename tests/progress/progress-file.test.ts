import { describe, expect, it } from "vitest";
import { createProgressFile, parseProgressFile, progressFileName } from "../../src/progress/progress-file.ts";
import { emptyProgress, recordGrade } from "../../src/progress/progress-store.ts";
import type { SubmissionBundle } from "../../src/grader/bundle.ts";

const NOW = "2026-01-02T03:04:05.000Z";

function bundle(exercise: string, status: "pass" | "fail" = "pass", code = "print(1);\n"): SubmissionBundle {
  const traceHash = `sha256:${(status === "pass" ? "a" : "b").repeat(64)}`;
  return {
    format: "looplab-submission",
    version: 1,
    courseVersion: "0.1.0",
    exercise,
    code,
    result: { version: 3, status, exercise, checks: [], traceHash },
    traceHash,
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
      version: 2,
      student: "Ada",
      courseVersion: "0.1.0",
    });
  });
});

describe("createProgressFile, best and latest", () => {
  it("hands in the passing submission when a later attempt failed, and lists the later one as latest", () => {
    const progress = emptyProgress();
    recordGrade(progress, "two-delays", "fail", bundle("two-delays", "fail", "first"), NOW);
    recordGrade(progress, "two-delays", "pass", bundle("two-delays", "pass", "passing"), NOW);
    recordGrade(progress, "two-delays", "fail", bundle("two-delays", "fail", "later experiment"), NOW);
    const file = createProgressFile(progress, { courseVersion: "0.1.0", exportedAt: NOW });
    expect(file.submissions.map((s) => [s.code, s.result.status])).toEqual([["passing", "pass"]]);
    expect(file.latest?.map((s) => [s.code, s.result.status])).toEqual([["later experiment", "fail"]]);
  });

  it("hands in the latest graded submission when none passed, with no separate latest", () => {
    const progress = emptyProgress();
    recordGrade(progress, "x", "fail", bundle("x", "fail", "one"), NOW);
    recordGrade(progress, "x", "fail", bundle("x", "fail", "two"), NOW);
    const file = createProgressFile(progress, { courseVersion: "0.1.0", exportedAt: NOW });
    expect(file.submissions.map((s) => s.code)).toEqual(["two"]);
    expect(file.latest).toBeUndefined();
  });
});

describe("progressFileName", () => {
  it("keeps Unicode names intact, so two students never share a file name", () => {
    expect(progressFileName("김민지")).toBe("looplab-progress-김민지.json");
    expect(progressFileName("박서준")).toBe("looplab-progress-박서준.json");
    expect(progressFileName("Zoë  Ñúñez")).toBe("looplab-progress-Zoë-Ñúñez.json");
  });

  it("replaces only what file systems refuse, and falls back without a name", () => {
    expect(progressFileName('a/b\\c:d*e?"f<g>|h')).toBe("looplab-progress-a_b_c_d_e_f_g_h.json");
    expect(progressFileName("../x")).toBe("looplab-progress-_x.json");
    expect(progressFileName(undefined)).toBe("looplab-progress.json");
    expect(progressFileName("   ")).toBe("looplab-progress.json");
  });

  it("names an assignment's hand-in after its stem, by the same rules", () => {
    expect(progressFileName("김민지", "looplab-week-3")).toBe("looplab-week-3-김민지.json");
    expect(progressFileName("Ada  Lovelace", "looplab-week-3")).toBe("looplab-week-3-Ada-Lovelace.json");
    expect(progressFileName(undefined, "looplab-week-3")).toBe("looplab-week-3.json");
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
