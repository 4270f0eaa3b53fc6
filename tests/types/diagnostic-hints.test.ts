/**
 * The hints the editor adds beside TypeScript's messages, for the commonest mistakes. Each case
 * runs the real language service (the one the editor's worker runs) over a small program, so the
 * facts the hints read are TypeScript's real messages.
 */
import { describe, expect, it } from "vitest";
import { camelCase, hintFor } from "../../src/worker/diagnostic-hints.ts";
import { createLanguageService, type LearnerDiagnostic } from "../../src/worker/language-service.ts";
import { typescriptLocale } from "../../runtime/host/typescript-locale.ts";

const service = createLanguageService();
let files = 0;

/** The diagnostics of `code`, with the line (1-based) each one is on. */
async function check(code: string): Promise<(LearnerDiagnostic & { line: number })[]> {
  const path = `/hint-${files++}.ts`;
  await service.updateFile({ path, code });
  return (await service.getLints({ path })).map((d) => ({
    ...d,
    line: code.slice(0, d.from).split("\n").length,
  }));
}

const header = 'import * as asyncio from "asyncio";\n';

describe("hintFor: a coroutine used without await", () => {
  it("explains a property read on a coroutine", async () => {
    const [problem] = await check(`${header}async function name() { return "x"; }
async function main() { const n = name(); print(n.length); }`);
    expect(problem?.line).toBe(3);
    expect(problem?.hint).toBe(
      "Calling an async function only creates a coroutine: put `await` before the call to get its result.",
    );
    expect(problem?.message).toMatch(/^Property 'length' does not exist on type 'Promise<string>'\.\nHint: /);
  });

  it("explains arithmetic and assignment with a coroutine", async () => {
    const problems = await check(`${header}async function count() { return 1; }
async function main() {
  const total = count() + 1;
  const n: number = count();
}`);
    expect(problems.map((p) => [p.line, p.hint?.slice(0, 40)])).toEqual([
      [4, "Calling an async function only creates a"],
      [5, "Calling an async function only creates a"],
    ]);
  });

  it("explains a task's value read without await", async () => {
    const [problem] = await check(`${header}async function count() { return 1; }
async function main() { const t = asyncio.createTask(count()); const n: number = t; }`);
    expect(problem?.hint).toBe("A task or future holds its result for later: `await` it to get the value.");
  });

  it("explains indexing and destructuring gather's future before awaiting it", async () => {
    const problems = await check(`${header}async function one() { return 1; }
async function main() {
  const [a, b] = asyncio.gather(one(), one());
  const results = asyncio.gather(one(), one());
  print(results[0]);
}`);
    expect(problems.map((p) => [p.line, p.hint])).toEqual([
      [4, "A task or future holds its result for later: `await` it to get the value."],
      [6, "A task or future holds its result for later: `await` it to get the value."],
    ]);
  });

  it("says nothing when a coroutine goes where a coroutine is wanted", async () => {
    expect(
      hintFor({
        code: 2322,
        messages: [{ code: 2322, args: ["Promise<string>", "Promise<number>"] }],
        related: [],
        text: "x",
      }),
    ).toBeNull();
  });
});

describe("hintFor: gather given a list", () => {
  it("asks for the spread of a list of tasks", async () => {
    const [problem] = await check(`${header}async function one() { return 1; }
async function main() {
  const tasks = [asyncio.createTask(one()), asyncio.createTask(one())];
  const results = await asyncio.gather(tasks);
}`);
    expect(problem?.line).toBe(5);
    expect(problem?.hint).toBe(
      "gather takes its awaitables one by one, not a list: spread it, `asyncio.gather(...tasks)`.",
    );
  });

  it("asks for the spread of an array literal", async () => {
    const [problem] = await check(`${header}async function one() { return 1; }
async function main() { await asyncio.gather([one(), one()]); }`);
    expect(problem?.hint).toBe(
      "gather takes its awaitables one by one, not a list: spread it, `asyncio.gather(...list)`.",
    );
  });

  it("finds nothing wrong with the spread", async () => {
    expect(
      await check(`${header}async function one() { return 1; }
async function main() { const [a, b] = await asyncio.gather(...[one(), one()]); print(a + b); }`),
    ).toEqual([]);
  });
});

describe("hintFor: asyncio's names", () => {
  it("translates a Python spelling to the camelCase name", async () => {
    const [problem] = await check(`${header}async function main() {}\nasyncio.create_task(main());`);
    expect(problem?.line).toBe(3);
    expect(problem?.hint).toBe(
      "Python's names are written in camelCase here: `create_task` is `createTask`.",
    );
  });

  it("points at the closest name of a misspelt one", async () => {
    const [problem] = await check(`${header}asyncio.sleeep(1);`);
    expect(problem?.hint).toBe("asyncio has no `sleeep`: check the spelling (`sleep`?).");
  });

  it("suggests listing the module when no name is close", async () => {
    const [problem] = await check(`import * as time from "time";\ntime.zzzzzzzzzz();`);
    expect(problem?.hint).toBe("time has no `zzzzzzzzzz`: type `time.` to list what it has.");
    const [named] = await check(`import * as cf from "concurrent.futures";\ncf.zzzzzzzzzz();`);
    expect(named?.hint).toBe("concurrent.futures has no `zzzzzzzzzz`: type `cf.` to list what it has.");
  });

  it("gives the import line of a module used without importing it", async () => {
    const [problem] = await check(`async function main() { await asyncio.sleep(1); }`);
    expect(problem?.hint).toBe(
      'Import it first, at the top of the file: `import * as asyncio from "asyncio";`',
    );
  });

  it("converts snake_case to camelCase", async () => {
    expect(camelCase("get_running_loop")).toBe("getRunningLoop");
    expect(camelCase("run")).toBe("run");
  });
});

describe("hintFor: other coroutine mistakes", () => {
  it("asks to call an async function passed where a coroutine is wanted", async () => {
    const [problem] = await check(`${header}async function main() {}\nasyncio.run(main);`);
    expect(problem?.hint).toBe("This wants a coroutine, not the async function itself: call it, `main()`.");
  });

  it("explains await outside an async function", async () => {
    const [problem] = await check(`${header}function main() { await asyncio.sleep(1); }`);
    expect(problem?.hint).toBe(
      "Only an async function can `await`: write `async function` (or `async () =>`).",
    );
  });

  it("adds nothing to an unrelated error", async () => {
    const [problem] = await check(`const n: number = "text";`);
    expect(problem?.message).toBe("Type 'string' is not assignable to type 'number'.");
    expect(problem?.hint).toBeNull();
  });
});

describe("hintFor with TypeScript's messages in Korean", () => {
  // TypeScript keeps a file's diagnostics once computed: a service speaks one language.
  const korean = createLanguageService((lang) => typescriptLocale(lang));
  const english = createLanguageService();
  const programs = [
    `${header}async function name() { return "x"; }\nasync function main() { const n = name(); print(n.length); }`,
    `${header}async function count() { return 1; }\nasync function main() {\n  const total = count() + 1;\n  const n: number = count();\n}`,
    `${header}async function one() { return 1; }\nasync function main() { const r = asyncio.gather(one(), one()); print(r[0]); }`,
    `${header}async function one() { return 1; }\nasync function main() { const tasks = [one(), one()]; await asyncio.gather(tasks); }`,
    `${header}async function one() { return 1; }\nasync function main() { await asyncio.gather([one(), one()]); }`,
    `${header}async function main() {}\nasyncio.create_task(main());`,
    `${header}asyncio.sleeep(1);`,
    `import * as time from "time";\ntime.zzzzzzzzzz();`,
    `async function main() { await asyncio.sleep(1); }`,
    `${header}async function main() {}\nasyncio.run(main);`,
    `${header}function main() { await asyncio.sleep(1); }`,
    `const n: number = "text";`,
    `print(1;`,
  ];

  it("gives every hint it gives with English messages, in the page's language", async () => {
    let hints = 0;
    for (const [index, code] of programs.entries()) {
      const path = `/korean-${index}.ts`;
      await korean.updateFile({ path, code, lang: "ko" });
      await english.updateFile({ path, code, lang: "ko" });
      const inKorean = await korean.getLints({ path, lang: "ko" });
      const inEnglish = await english.getLints({ path, lang: "ko" });
      expect(inKorean.map((d) => [d.code, d.hint])).toEqual(inEnglish.map((d) => [d.code, d.hint]));
      expect(inKorean.map((d) => d.message.split("\n")[0]).filter((m) => !/[가-힣]/.test(m!))).toEqual([]);
      hints += inKorean.filter((d) => d.hint !== null).length;
    }
    expect(hints).toBeGreaterThanOrEqual(programs.length - 2);
  });

  it("reads the suggestion out of the Korean message", async () => {
    const path = "/korean-misspelt.ts";
    await korean.updateFile({ path, code: `${header}asyncio.sleeep(1);`, lang: "ko" });
    const [problem] = await korean.getLints({ path, lang: "ko" });
    expect(problem?.message).toMatch(
      /^'sleeep' 속성이 'typeof import\("asyncio"\)' 형식에 없습니다\. 'sleep'을\(를\) 사용하시겠습니까\?\n힌트: /,
    );
    expect(problem?.hint).toBe("asyncio 모듈에는 `sleeep` 항목이 없습니다. 철자를 확인하세요 (`sleep`?).");
  });
});
