import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/lang.ts";
import { CATALOGS } from "../../src/grader/index.ts";

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
