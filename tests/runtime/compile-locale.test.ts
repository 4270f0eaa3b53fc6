/**
 * TypeScript's messages in the learner's language: compile errors come out in the locale a
 * compile is given, and in English for every compile without one, whatever ran before.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../runtime/compile/compile.ts";
import { createSandbox } from "../../runtime/host/run.ts";
import { typescriptLocale } from "../../runtime/host/typescript-locale.ts";

const korean = (await typescriptLocale("ko"))!;
const broken = "const total = ;\n";

function messageOf(result: ReturnType<typeof compile>): string {
  if (result.ok) throw new Error("the program compiled");
  return result.error.message;
}

describe("compile with a diagnostic locale", () => {
  it("speaks English, then Korean, then English again", () => {
    expect(messageOf(compile(broken))).toBe("Expression expected.");
    expect(messageOf(compile(broken, "main.ts", undefined, korean))).toBe("식이 필요합니다.");
    expect(messageOf(compile(broken))).toBe("Expression expected.");
  });

  it("keeps the error's position in every language", () => {
    const english = compile(broken);
    const translated = compile(broken, "main.ts", undefined, korean);
    expect(english.ok || translated.ok).toBe(false);
    if (english.ok || translated.ok) return;
    expect([translated.error.line, translated.error.column]).toEqual([
      english.error.line,
      english.error.column,
    ]);
  });

  it("has no translation for English", async () => {
    expect(await typescriptLocale("en")).toBeUndefined();
  });
});

describe("Sandbox.run with a diagnostic locale", () => {
  it("caches each language's compile apart", async () => {
    const sandbox = await createSandbox();
    const program = "print(1;\n";
    const english = sandbox.run(program).error?.message;
    const translated = sandbox.run(program, { diagnosticLocale: korean }).error?.message;
    expect(english).toBe("')' expected.");
    expect(translated).toBe("')'이(가) 필요합니다.");
    expect(sandbox.run(program).error?.message).toBe(english);
  });
});

describe("the compile step's own messages", () => {
  const cases: [string, string, RegExp, RegExp][] = [
    [
      "a reserved name",
      "const __cpu = 1;\n",
      /is reserved by the sandbox/,
      /이름은 샌드박스가 쓰는 이름입니다/,
    ],
    [
      "a program over the size limit",
      "print(1);\n".repeat(200),
      /the sandbox accepts programs up to 1 KB/,
      /최대 1KB/,
    ],
    [
      "more than one error",
      "const a = ;\nconst b = ;\n",
      /^Expression expected\. \(and 1 more\)$/,
      /^식이 필요합니다\. \(그 밖의 오류 1개\)$/,
    ],
  ];
  it.each(cases)("words %s in the compile's language", (_what, source, english, translated) => {
    expect(messageOf(compile(source, "main.ts", 1024))).toMatch(english);
    expect(messageOf(compile(source, "main.ts", 1024, korean))).toMatch(translated);
  });
});
