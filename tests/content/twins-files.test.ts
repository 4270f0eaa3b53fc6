/** How a program's twin files are read: src/twins/twin.ts, which the site and the tests share. */
import { describe, expect, it } from "vitest";
import { displayedPython, noTwinPath, twinPath, twinStatus, verificationNote } from "../../src/twins/twin.ts";

describe("twinPath and noTwinPath", () => {
  it("name the twin and the reason file beside the program", () => {
    expect(twinPath("01-why-async/bob.ts")).toBe("01-why-async/bob.py");
    expect(noTwinPath("exercises/two-delays/solution.ts")).toBe("exercises/two-delays/solution.no-twin.txt");
  });
});

describe("twinStatus", () => {
  it("is an exact twin unless the first line marks it order-only", () => {
    expect(twinStatus("import asyncio\n", undefined).kind).toBe("exact");
    expect(twinStatus("# twin: order\nimport asyncio\n", undefined).kind).toBe("order");
    expect(twinStatus("import asyncio\n# twin: order\n", undefined).kind).toBe("exact");
  });

  it("prefers the twin to a reason, reads the reason trimmed, and reports a missing twin", () => {
    expect(twinStatus("print(1)\n", "a reason\n").kind).toBe("exact");
    expect(twinStatus(undefined, "  Python has no such thing.\n")).toEqual({
      kind: "none",
      reason: "Python has no such thing.",
    });
    expect(twinStatus(undefined, undefined)).toEqual({ kind: "missing" });
  });
});

describe("displayedPython", () => {
  it("drops the order marker the reader does not need, and nothing else", () => {
    expect(displayedPython("# twin: order\nimport asyncio\n")).toBe("import asyncio\n");
    expect(displayedPython("# a comment\nimport asyncio\n")).toBe("# a comment\nimport asyncio\n");
  });
});

describe("verificationNote", () => {
  it("says how each kind of twin was checked", () => {
    expect(verificationNote({ kind: "exact", python: "" })).toBe(
      "Prints the same lines at the same virtual times on CPython 3.11 — checked in CI.",
    );
    expect(verificationNote({ kind: "order", python: "" })).toMatch(
      /same order on CPython 3\.11.*block the loop/,
    );
    expect(verificationNote({ kind: "none", reason: "No sockets." })).toBe(
      "No Python equivalent: No sockets.",
    );
  });
});
