import { describe, expect, it } from "vitest";
import { createSandbox, type RunOptions } from "../../runtime/host/run.ts";
import type { TraceErrorKind } from "../../runtime/trace.ts";
import { LANGS } from "../../src/i18n/lang.ts";
import { CATALOGS } from "../../src/grader/index.ts";
import { WORKER_WAITS_FOR_THE_LOOP } from "../runtime/kit.ts";

/** Every entry of a catalog as `path → value`: strings and functions are the leaves. */
function leaves(node: unknown, path = ""): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      for (const [leaf, v] of leaves(value, path === "" ? key : `${path}.${key}`)) found.set(leaf, v);
    }
  } else {
    found.set(path, node);
  }
  return found;
}

const english = leaves(CATALOGS.en);

describe("the grader's message catalogs", () => {
  it("have entries to compare", () => {
    expect(english.size).toBeGreaterThan(80);
  });

  for (const lang of LANGS) {
    it(`${lang}: has every entry of the English catalog, none empty, nothing extra`, () => {
      const entries = leaves(CATALOGS[lang]);
      expect([...entries.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, value] of entries) {
        const kind = typeof english.get(path);
        expect(typeof value, path).toBe(kind);
        if (typeof value === "string") expect(value.trim(), path).not.toBe("");
        if (typeof value === "function")
          expect(value.length, path).toBe((english.get(path) as () => void).length);
      }
    });
  }
});

describe("the Korean catalog", () => {
  const { ko } = CATALOGS;

  it("writes times and places in Korean", () => {
    expect(ko.words.seconds(2)).toBe("2.000초");
    expect(ko.words.where({ t: 2, task: "Task-2 (delay)", line: 6 })).toBe(
      "2.000초에 Task-2 (delay) 태스크의 6번째 줄에서",
    );
    expect(ko.words.where({ t: 0, task: null })).toBe("0.000초에 태스크 밖에서");
  });

  it("names a task selector by a phrase that ends with 태스크", () => {
    expect(ko.words.selector({ kind: "task", name: "Task-2" })).toBe("Task-2 태스크");
    expect(ko.words.selector({ kind: "coro", coro: "spin" })).toBe("spin() 코루틴을 실행하는 태스크");
    expect(ko.words.selector({ kind: "fields", name: "/^worker/" })).toBe(
      "이름이 /^worker/ 조건에 맞는 태스크",
    );
    expect(ko.words.selector({ kind: "fields", name: "/^w/", coro: "/job/" })).toBe(
      "이름이 /^w/ 조건에 맞고 /job/() 코루틴을 실행하는 태스크",
    );
  });

  it("puts a particle after a fixed noun, never straight after a quoted value", () => {
    const sentences = [
      ko.output.neverPrinted({ what: ko.words.line({ kind: "exact", text: "done" }) }),
      ko.output.printedTimes({ line: '"done"', actual: 1, want: 2 }),
      ko.tasks.neverCreatedToCancel({ selector: ko.words.selector({ kind: "coro", coro: "spin" }) }),
      ko.tasks.returnedOther({
        label: ko.words.mainCoroutine,
        got: "[2]",
        when: "1.000초에",
        want: "[2, 3]",
      }),
    ];
    for (const sentence of sentences) {
      expect(sentence).toMatch(/[가-힣]/);
      expect(sentence, sentence).not.toMatch(/["')\]](을|를|이|가|은|는)\s/);
    }
  });
});

describe("runErrors.detail in Korean", () => {
  const sandbox = createSandbox();
  const IMPORTS = `import * as asyncio from "asyncio";
import * as time from "time";
import { ThreadPoolExecutor } from "concurrent.futures";
`;
  /** How each way a run stops is provoked: a program, and the limits that make it stop soon. */
  const stops: [string, TraceErrorKind, string, RunOptions][] = [
    ["the CPU budget in a loop", "timeout", "let n = 0;\nwhile (true) n++;\n", { cpuTimeLimit: 0.2 }],
    [
      "the virtual-time limit",
      "virtual-timeout",
      `${IMPORTS}async function main() {\n  await asyncio.sleep(100);\n}\nasyncio.run(main());\n`,
      { virtualTimeLimit: 30 },
    ],
    [
      "the virtual-time limit in a worker",
      "virtual-timeout",
      `${IMPORTS}${WORKER_WAITS_FOR_THE_LOOP}`,
      { virtualTimeLimit: 30 },
    ],
    [
      "the memory limit",
      "memory",
      "const hog: number[][] = [];\nfor (;;) {\n  hog.push(new Array(100000).fill(1));\n}\n",
      {},
    ],
    [
      "the stack",
      "stack",
      "function down(n: number): number {\n  return down(n + 1) + 1;\n}\ndown(0);\n",
      {},
    ],
    [
      "a deadlock of the main task",
      "deadlock",
      `${IMPORTS}async function main() {\n  const q = new asyncio.Queue();\n  await q.get();\n}\nasyncio.run(main());\n`,
      {},
    ],
    [
      "a deadlock of a loop run forever",
      "deadlock",
      `${IMPORTS}const loop = asyncio.newEventLoop();\nloop.callSoon(() => print("once"));\nloop.runForever();\n`,
      {},
    ],
    [
      "a deadlock of a thread pool",
      "deadlock",
      `${IMPORTS}const pool = new ThreadPoolExecutor(1);\nconst outer = pool.submit(() => pool.submit(() => 42).result());\nprint(outer.result());\n`,
      {},
    ],
    ["the output limit", "output-limit", 'for (;;) print("spam spam spam");\n', { outputLimitBytes: 2048 }],
  ];

  for (const [name, kind, source, options] of stops) {
    it(`says every number and name the English says, for ${name}`, async () => {
      const { error } = (await sandbox).run(source, options);
      expect(error?.kind, error?.message).toBe(kind);
      if (!error) return;
      const english = CATALOGS.en.runErrors.detail(error);
      const korean = CATALOGS.ko.runErrors.detail(error);
      expect(english).toBe(error.message);
      expect(korean).toMatch(/[\uac00-\ud7a3]/);
      expect(korean, korean).not.toMatch(/\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/);
      for (const fact of english.match(/\d+(\.\d+)?( MB| KB)?|\b(Task|asyncio)[-_]\d+\b/g) ?? []) {
        expect(korean, `${english}\n${korean}`).toContain(fact);
      }
    });
  }

  it("tells which loop was running and its line, for either clock", () => {
    const base = { kind: "timeout", name: "TimeoutError", message: "…", limit: 5, line: 7 } as const;
    expect(CATALOGS.ko.runErrors.detail({ ...base, clock: "wall", running: "loop" })).toBe(
      "코드가 실제 시간으로 5초 넘게 실행되어 중지되었습니다 (7번째 줄의 반복문을 실행하던 중이었습니다). " +
        "끝나지 않거나 await하지 않는 반복문이 있는지 살펴보세요.",
    );
    expect(CATALOGS.ko.runErrors.detail({ ...base, clock: "cpu", running: "code" })).toContain(
      "CPU 시간을 5초 넘게 써서 중지되었습니다 (7번째 줄의 코드를 실행하던 중이었습니다)",
    );
  });
});
