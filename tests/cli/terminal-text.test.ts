import { describe, expect, it } from "vitest";
import { safeLines, safeText } from "../../src/cli/terminal-text.ts";

describe("safeText", () => {
  it("shows terminal escapes, line breaks and bidirectional overrides as escapes", () => {
    expect(safeText("a\u001b[2Jb\nc\u202ed\u0007")).toBe("a\\x1b[2Jb\\nc\\u202ed\\x07");
  });

  it("keeps printable Unicode as it is", () => {
    expect(safeText("김민지 — Zoë")).toBe("김민지 — Zoë");
  });
});

describe("safeLines", () => {
  it("keeps line breaks and tabs but escapes every other control character", () => {
    expect(safeLines("one\n\ttwo\u009b31m\r")).toBe("one\n\ttwo\\x9b31m\\r");
  });
});
