import { describe, expect, it } from "vitest";
import { describeLine, nearMiss, quote, variantPhrase, waitShape } from "../../src/grader/wording.ts";

describe("describeLine", () => {
  it("names an exact line by its text", () => {
    expect(describeLine("Bob's morning is over")).toBe(`the line "Bob's morning is over"`);
  });

  it("quotes an example line instead of the regular expression", () => {
    expect(describeLine(/^Bob starts: /, ["hello", "Bob starts: book a flight"])).toBe(
      'a line like "Bob starts: book a flight"',
    );
  });

  it("reads a plain pattern in words when no example matches", () => {
    expect(describeLine(/^start /)).toBe('a line starting with "start "');
    expect(describeLine(/ thinking!$/)).toBe('a line ending with " thinking!"');
    expect(describeLine(/never awaited/)).toBe('a line containing "never awaited"');
    expect(describeLine(/^done\.$/)).toBe('the line "done."');
  });

  it("never shows the syntax of a richer pattern", () => {
    const text = describeLine(/^job \d+ failed/);
    expect(text).toBe("a line of the expected form");
    expect(text).not.toMatch(/[\\^$]/);
  });
});

describe("waitShape", () => {
  it("reads the sleep filter as asyncio.sleep and no filter as any wait", () => {
    expect(waitShape(/^sleep/)).toEqual({ kind: "sleep" });
    expect(waitShape(undefined)).toEqual({ kind: "any" });
  });

  it("names what a plain pattern waits for, and only the form of a richer one", () => {
    expect(waitShape(/Queue\.get/)).toEqual({ kind: "for", text: "Queue.get" });
    expect(waitShape(/^Task-\d+$/)).toEqual({ kind: "form" });
  });
});

describe("variantPhrase", () => {
  it("starts a sentence with the variant's description", () => {
    expect(
      variantPhrase({ name: "usual", description: "with the jobs of Bob's usual morning", world: {} }),
    ).toBe("With the jobs of Bob's usual morning");
  });

  it("falls back to the variant's name, without its world", () => {
    expect(variantPhrase({ name: "4 s and 1 s", world: { delays: [4, 1] } })).toBe(
      "In the variant “4 s and 1 s”",
    );
  });
});

describe("nearMiss", () => {
  it("finds the printed line that nearly matches", () => {
    expect(
      nearMiss("error: no such user: mallory", [
        "calling findUser(mallory)",
        "error: Error: no such user: mallory",
      ]),
    ).toBe("error: Error: no such user: mallory");
  });

  it("finds nothing when no line comes close", () => {
    expect(nearMiss("all downloads done", ["start a", "done a"])).toBeNull();
  });
});

describe("quote", () => {
  it("shortens very long lines", () => {
    expect(quote("x".repeat(200))).toBe(`"${"x".repeat(117)}..."`);
  });
});
