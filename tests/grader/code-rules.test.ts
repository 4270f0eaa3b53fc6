import { describe, expect, it } from "vitest";
import { code } from "../../src/grader/index.ts";
import { stripComments } from "../../src/grader/code-rules.ts";

describe("code.uses", () => {
  const rule = code.uses(/asyncio\.gather\(/, "Your code never calls asyncio.gather.");

  it("applies when the code does not use the pattern", () => {
    expect(rule.applies("await delay(2);\nawait delay(3);")).toBe(true);
  });

  it("does not apply when the code uses it", () => {
    expect(rule.applies("await asyncio.gather(delay(2), delay(3));")).toBe(false);
  });

  it("is not satisfied by a mention in a comment", () => {
    expect(rule.applies("// asyncio.gather(delay(2)) would help\nawait delay(2);")).toBe(true);
    expect(rule.applies("/* asyncio.gather( */ await delay(2);")).toBe(true);
  });
});

describe("code.avoids", () => {
  it("applies when the code contains the pattern", () => {
    const rule = code.avoids("time.sleep", "time.sleep blocks the loop.");
    expect(rule.applies("time.sleep(2);")).toBe(true);
    expect(rule.applies("await asyncio.sleep(2); // not time.sleep")).toBe(false);
  });
});

describe("stripComments", () => {
  it("keeps string contents that look like comments", () => {
    expect(stripComments('print("// not a comment"); // gone')).toBe('print("// not a comment"); ');
    expect(stripComments("const s = `/* kept */`; /* gone */ x")).toBe("const s = `/* kept */`;   x");
  });

  it("handles escaped quotes inside strings", () => {
    expect(stripComments("print('it\\'s // here') // gone")).toBe("print('it\\'s // here') ");
  });
});
