import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hintFreeModules, stripHints } from "../../src/assignments/hint-free.ts";
import { assembleExercise } from "../../src/exercise-folders/assemble.ts";
import { exerciseSlugs, loadExercise } from "../../src/exercise-folders/load.ts";
import type { LoadedExercise } from "../../src/grader/index.ts";
import { localizeExercise } from "../../src/grader/localize.ts";

const ROOT = new URL("../../", import.meta.url);
const slugs = await exerciseSlugs();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "looplab-hint-free-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every hint an exercise holds: its `hints` list and its checks' `.hint()` texts. */
function hintsOf(exercise: LoadedExercise): string[] {
  const checks = Object.values(exercise.definition.checks).map((check) => check.hintText);
  return [...(exercise.definition.hints ?? []), ...checks].filter((text): text is string => text !== null);
}

/** Imports a rewritten module from a temporary file, its relative imports pointing at the repository. */
async function importStripped(name: string, source: string): Promise<unknown> {
  const file = join(dir, `${name}.ts`);
  await writeFile(file, source.replace(/(["'])\.\.\/\.\.\//g, `$1${new URL("./", ROOT).href}`));
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe("stripHints", () => {
  it.each(slugs)(
    "leaves no hint in %s, and the exercise still assembles with the same checks",
    async (slug) => {
      const exercise = await loadExercise(slug);
      const source = await readFile(new URL(`exercises/${slug}/exercise.ts`, ROOT), "utf8");
      const stripped = stripHints(source, "exercise.ts");
      const hints = hintsOf(exercise);
      expect(hints.length).toBeGreaterThan(0);
      for (const hint of hints) {
        for (const form of [hint, JSON.stringify(hint).slice(1, -1)]) expect(stripped).not.toContain(form);
      }
      const files = new Map([
        ["starter." + (exercise.program === null ? "ts" : "json"), exercise.starter],
        ["solution." + (exercise.program === null ? "ts" : "json"), exercise.solution],
        ...(exercise.program === null ? [] : [["program.ts", exercise.program] as [string, string]]),
      ]);
      const hintFree = assembleExercise(slug, await importStripped(slug, stripped), files);
      expect(hintsOf(hintFree)).toEqual([]);
      expect(Object.keys(hintFree.definition.checks)).toEqual(Object.keys(exercise.definition.checks));
      expect(hintFree.definition.variants).toEqual(exercise.definition.variants);
    },
  );

  it.each(slugs)(
    "leaves no hint in the Korean translation of %s, which still fits the hint-free exercise",
    async (slug) => {
      const korean = localizeExercise(await loadExercise(slug), "ko");
      expect(korean.translated).toBe(true);
      const hints = [...korean.hints, ...Object.values(korean.checks).map((check) => check.hint)].filter(
        (text): text is string => text !== null,
      );
      expect(hints.length).toBeGreaterThan(0);
      const source = await readFile(new URL(`exercises/${slug}/ko.ts`, ROOT), "utf8");
      const stripped = stripHints(source, "ko.ts");
      for (const hint of hints) {
        for (const form of [hint, JSON.stringify(hint).slice(1, -1)]) expect(stripped).not.toContain(form);
      }
      const exercise = await loadExercise(slug);
      const definition = stripHints(
        await readFile(new URL(`exercises/${slug}/exercise.ts`, ROOT), "utf8"),
        "exercise.ts",
      );
      const files = new Map([
        ["starter." + (exercise.program === null ? "ts" : "json"), exercise.starter],
        ["solution." + (exercise.program === null ? "ts" : "json"), exercise.solution],
        ...(exercise.program === null ? [] : [["program.ts", exercise.program] as [string, string]]),
      ]);
      const hintFree = assembleExercise(slug, await importStripped(`${slug}-definition`, definition), files, {
        ko: await importStripped(`${slug}-ko`, stripped),
      });
      const text = localizeExercise(hintFree, "ko");
      expect(text.translated).toBe(true);
      expect(text.title).toBe(korean.title);
      expect(text.hints).toEqual([]);
      expect(Object.values(text.checks).map((check) => check.hint)).toEqual(
        Object.values(text.checks).map(() => null),
      );
    },
  );

  it("drops a translation's hints and every check's hint, keeping its other fields", () => {
    const source = `export default defineTranslation({
  title: "제목",
  hints: ["첫 힌트", \`둘째 힌트\`],
  checks: {
    "a check": { name: "검사", hint: "검사 힌트", explain: ["설명"] },
    "another": { name: "다른 검사", hint: "마지막 힌트" },
    "third": { hint: "셋째", },
  },
});`;
    // Whitespace aside: the rewrite keeps the file's layout, not its exact spacing.
    const stripped = stripHints(source, "ko.ts").replace(/\s+/g, " ");
    for (const hint of ["첫 힌트", "둘째 힌트", "검사 힌트", "마지막 힌트", "셋째"])
      expect(stripped).not.toContain(hint);
    expect(stripped).toContain("hints: [],");
    expect(stripped).toContain('"a check": { name: "검사", explain: ["설명"] },');
    expect(stripped).toContain('"another": { name: "다른 검사", },');
    expect(stripped).toContain('"third": { },');
  });

  it("turns every link of a chain's .hint() into its check, wherever the chain is", () => {
    const stripped = stripHints(
      'const c = checks.printed("x").hint("one").explain(rule).hint(`two`);\nf(checks.done().hint("three"));',
      "exercise.ts",
    );
    expect(stripped).toBe('const c = checks.printed("x").explain(rule);\nf(checks.done());');
  });
});

describe("hintFreeModules", () => {
  const plugin = hintFreeModules();
  it("rewrites only modules imported with ?without-hints", () => {
    const code = 'export default { hints: ["a"] };';
    expect(plugin.transform(code, "/site/exercises/x/exercise.ts")).toBeUndefined();
    expect(plugin.transform(code, "/site/exercises/x/exercise.ts?worker&without-hints")).toEqual({
      code: "export default { hints: [] };",
      map: null,
    });
  });
});
