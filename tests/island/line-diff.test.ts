import { describe, expect, it } from "vitest";
import { diffLines } from "../../src/island/line-diff.ts";

describe("diffLines", () => {
  it("keeps common lines and marks what the solution changes", () => {
    const learner = "await a();\nawait b();\nprint('done');\n";
    const solution = "await asyncio.gather(a(), b());\nprint('done');\n";
    expect(diffLines(learner, solution)).toEqual([
      { kind: "removed", text: "await a();", before: 1 },
      { kind: "removed", text: "await b();", before: 2 },
      { kind: "added", text: "await asyncio.gather(a(), b());", after: 1 },
      { kind: "same", text: "print('done');", before: 3, after: 2 },
    ]);
  });

  it("reports identical code as all-same, ignoring the final newline and CRLF", () => {
    expect(diffLines("x\r\ny\n", "x\ny")).toEqual([
      { kind: "same", text: "x", before: 1, after: 1 },
      { kind: "same", text: "y", before: 2, after: 2 },
    ]);
  });

  it("handles an empty learner program", () => {
    expect(diffLines("", "a")).toEqual([
      { kind: "removed", text: "", before: 1 },
      { kind: "added", text: "a", after: 1 },
    ]);
  });
});
