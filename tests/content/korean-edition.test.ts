/**
 * The Korean edition follows the English one: every page under `content/ko/` translates an English
 * page at the same path without `ko/`, embeds the same examples and exercises in the same order,
 * keeps its place in the sidebar, imports the course's components, links within the Korean
 * edition, and reads as Korean: no English prose outside code, tags and terms. Every exercise
 * translation (`exercises/<slug>/ko.ts`) and every Korean no-twin reason reads as Korean too.
 * Pages, translations and reasons are found on disk, so each one added is checked without
 * changing this file.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { ExerciseTranslation } from "../../src/grader/translation.ts";
import {
  CONTENT_DIR,
  EXERCISES_DIR,
  KOREAN_DIR,
  englishRuns,
  englishTwin,
  hasHangul,
  englishPages,
  koreanPages,
  translatedExercises,
} from "./korean-text.ts";

interface Frontmatter {
  title?: string;
  description?: string;
  sidebar?: { order?: number; label?: string };
}

function frontmatter(text: string): Frontmatter {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return block === null ? {} : ((parse(block[1]) as Frontmatter | null) ?? {});
}

/** The `<Example>`, `<Exercise>` and `<Predict>` tags of a page, in order, with their props. */
function embeds(text: string): { component: string; props: Record<string, string> }[] {
  return [...text.matchAll(/<(Example|Exercise|Predict)\b([^>]*?)\/?>/g)].map((tag) => ({
    component: tag[1],
    props: Object.fromEntries(
      [...tag[2].matchAll(/([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g)].map((prop) => [
        prop[1],
        prop[2] ?? prop[3] ?? `{${prop[4]}}`,
      ]),
    ),
  }));
}

/** The import statements of a page: what names they import, and from where. */
function imports(text: string): { names: string[]; from: string }[] {
  return [...text.matchAll(/^import\s+\{([^}]*)\}\s+from\s+["']([^"']+)["'];?\s*$/gm)].map((line) => ({
    names: line[1]
      .split(",")
      .map((name) => name.trim())
      .filter((name) => name !== "")
      .sort(),
    from: line[2],
  }));
}

/** The site address of a page: `content/ko/lessons/09-x.mdx` is served at `/ko/lessons/09-x/`. */
function addressOf(page: string): string {
  return `/${page.slice(CONTENT_DIR.length + 1).replace(/\.mdx?$/, "")}/`;
}

/** The page file a site address names, Korean or English, or null when it names none. */
function pageAt(address: string): string | null {
  const path = join(CONTENT_DIR, address.replace(/^\/|\/$/g, ""));
  return [".mdx", ".md"].map((ext) => path + ext).find((file) => existsSync(file)) ?? null;
}

/** The Markdown link targets of a page, outside code. */
function linkTargets(text: string): string[] {
  const outsideCode = text
    .replace(/^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm, "")
    .replace(/`[^`]*`/g, "");
  return [...outsideCode.matchAll(/\]\(\s*([^)\s]+)(?:\s+"[^"]*")?\s*\)/g)].map((link) => link[1]);
}

function describeRuns(file: string, text: string): string[] {
  return englishRuns(text).map((run) => `${file}:${run.line}: "${run.words}" in: ${run.sentence}`);
}

const pages = koreanPages();

describe.each(pages)("Korean page %s", (page) => {
  const text = readFileSync(page, "utf8");
  const twin = englishTwin(page);
  const twinText = existsSync(twin) ? readFileSync(twin, "utf8") : "";

  it("translates an English page at the same path without ko/", () => {
    expect(existsSync(twin), `${page} has no English twin ${twin}`).toBe(true);
  });

  it("embeds the same examples and exercises as its twin, with the same props, in the same order", () => {
    expect(embeds(text)).toEqual(embeds(twinText));
  });

  it("keeps its twin's place in the sidebar", () => {
    expect(frontmatter(text).sidebar?.order).toEqual(frontmatter(twinText).sidebar?.order);
  });

  it("imports the names its twin imports, from a module that exists and exports them", () => {
    const own = imports(text);
    expect(own.map((line) => line.names)).toEqual(imports(twinText).map((line) => line.names));
    for (const line of own) {
      const module = resolve(dirname(page), line.from);
      expect(existsSync(module), `${page}: import from "${line.from}" does not resolve`).toBe(true);
      const source = readFileSync(module, "utf8");
      for (const name of line.names) {
        expect(source, `${line.from} does not export ${name}`).toMatch(
          new RegExp(`\\bas ${name}\\b|export\\s+(?:const|function|class)\\s+${name}\\b`),
        );
      }
    }
  });

  it("links relatively to pages of the Korean edition that exist", () => {
    const here = addressOf(page);
    for (const target of linkTargets(text)) {
      if (/^[a-z][a-z+.-]*:/i.test(target) || target.startsWith("#")) continue;
      expect(
        target,
        `${page}: ${target} should be relative, so that the site's base path applies`,
      ).not.toMatch(/^\//);
      const address = new URL(target, `https://course.invalid${here}`).pathname;
      expect(address, `${page}: ${target} leads out of the Korean edition, to ${address}`).toMatch(/^\/ko\//);
      if (/^\/ko\/(lessons|reference|teachers)\//.test(address)) {
        const found = pageAt(address);
        expect(found, `${page}: ${target} names no page (${address})`).not.toBeNull();
      }
    }
  });

  it("has a Korean title and description", () => {
    const { title, description } = frontmatter(text);
    expect(hasHangul(title ?? ""), `${page}: title "${title}"`).toBe(true);
    if (frontmatter(twinText).description !== undefined) {
      expect(hasHangul(description ?? ""), `${page}: description "${description}"`).toBe(true);
    }
  });

  it("has no English prose outside code, tags, links and parenthesised terms", () => {
    const { title, description } = frontmatter(text);
    const found = [
      ...describeRuns(`${page} (title)`, title ?? ""),
      ...describeRuns(`${page} (description)`, description ?? ""),
      ...describeRuns(page, text),
    ];
    expect(found, `English prose left in ${page}:\n${found.join("\n")}`).toEqual([]);
  });
});

const translations = await Promise.all(
  translatedExercises().map(async (slug) => {
    const file = join(EXERCISES_DIR, slug, "ko.ts");
    const module = (await import(pathToFileURL(resolve(file)).href)) as { default: ExerciseTranslation };
    return [slug, file, module.default] as const;
  }),
);

/** Every learner-facing string of a translation, each with where it comes from. */
function texts(translation: ExerciseTranslation): [string, string][] {
  return [
    ["title", translation.title],
    ["prompt", translation.prompt],
    ...(translation.hints ?? []).map((hint, index): [string, string] => [`hints[${index}]`, hint]),
    ...Object.entries(translation.variants ?? {}).flatMap(([key, variant]): [string, string][] => [
      [`variant "${key}" name`, variant.name],
      ...(variant.description === undefined
        ? []
        : [[`variant "${key}" description`, variant.description] as [string, string]]),
    ]),
    ...Object.entries(translation.checks).flatMap(([key, check]): [string, string][] => [
      [`check "${key}" name`, check.name],
      ...(check.hint === undefined ? [] : [[`check "${key}" hint`, check.hint] as [string, string]]),
      ...(check.explain ?? []).map((message, index): [string, string] => [
        `check "${key}" explain[${index}]`,
        message,
      ]),
      ...(check.notMeans === undefined
        ? []
        : [[`check "${key}" notMeans`, check.notMeans] as [string, string]]),
    ]),
  ];
}

describe.each(translations)("exercises/%s/ko.ts", (_slug, file, translation) => {
  it("gives the title, the prompt and every hint in Korean", () => {
    for (const [where, text] of texts(translation).filter(([where]) => /^(title|prompt|hints)/.test(where))) {
      expect(hasHangul(text), `${file} ${where}: "${text}"`).toBe(true);
    }
  });

  it("has no English prose outside code spans", () => {
    const found = texts(translation).flatMap(([where, text]) => describeRuns(`${file} ${where}`, text));
    expect(found, `English prose left in ${file}:\n${found.join("\n")}`).toEqual([]);
  });
});

/** Every Korean no-twin reason: `<name>.no-twin.ko.txt` beside an example or an exercise program. */
function koreanReasons(): string[] {
  return ["content/examples", EXERCISES_DIR].flatMap((root) =>
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((dir) =>
        readdirSync(join(root, dir.name))
          .filter((name) => name.endsWith(".no-twin.ko.txt"))
          .map((name) => join(root, dir.name, name)),
      ),
  );
}

describe.each(koreanReasons())("Korean no-twin reason %s", (file) => {
  const text = readFileSync(file, "utf8").trim();

  it("sits beside the English reason it translates", () => {
    expect(existsSync(file.replace(/\.ko\.txt$/, ".txt"))).toBe(true);
  });

  it("is one Korean sentence without English prose", () => {
    expect(text.split("\n")).toHaveLength(1);
    expect(hasHangul(text)).toBe(true);
    expect(describeRuns(file, text)).toEqual([]);
  });
});

describe("englishRuns", () => {
  it("finds five English words in a row and reports the line and the sentence", () => {
    const text =
      "---\ntitle: x\n---\n\n첫 줄입니다.\n이 문장은 괜찮습니다. This sentence was left in English. 다음 문장.";
    expect(englishRuns(text)).toEqual([
      {
        line: 6,
        words: "This sentence was left in English.",
        sentence: "This sentence was left in English.",
      },
    ]);
  });

  it("lets code, tags, link targets and parenthesised terms stay English", () => {
    const text = [
      'import { Example } from "../../../src/user-components/index.ts";',
      "",
      '<Example src="09-queues-and-timeouts/workers.ts" />',
      "",
      "```text",
      "[  4.000 Task-1] all jobs done; stopping the workers",
      "```",
      "",
      "코루틴(coroutine)은 `await queue.get()`처럼 멈춥니다. 상한선(high-water mark of the buffer)을",
      "넘으면 [레슨 8](../08-downloading-flags/)에서 본 https://docs.python.org/3/library/asyncio.html 문서처럼",
      "{/* a comment that stays English in the source */} 기다립니다.",
    ].join("\n");
    expect(englishRuns(text)).toEqual([]);
  });

  it("counts words across line breaks, and a Korean word or a sentence end breaks the run", () => {
    expect(englishRuns("그리고 one two three\nfour five 끝").map((run) => run.words)).toEqual([
      "one two three four five",
    ]);
    expect(englishRuns("one two three 그리고 four five six")).toEqual([]);
    expect(englishRuns("Node.js, Twisted, Tornado. CPython and Looplab 모두")).toEqual([]);
    expect(englishRuns("Looplab에서는 asyncio Queue Task Future 가 있습니다")).toEqual([]);
  });

  it("still finds an English sentence hidden in parentheses", () => {
    const [run] = englishRuns("파이썬 3.13에는 (Python 3.13 added a third way to stop) 방법이 있습니다.");
    expect(run?.words).toBe("(Python added a third way to stop)");
  });
});

/** Every `<name>.no-twin.txt` reason beside an example or an exercise program. */
function englishReasons(): string[] {
  return ["content/examples", EXERCISES_DIR].flatMap((root) =>
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((dir) =>
        readdirSync(join(root, dir.name))
          .filter((name) => name.endsWith(".no-twin.txt"))
          .map((name) => join(root, dir.name, name)),
      ),
  );
}

describe("the Korean edition is complete", () => {
  it("translates every English page", () => {
    const translated = new Set(pages.map(englishTwin));
    expect(englishPages().filter((page) => !translated.has(page))).toEqual([]);
  });

  it("translates every exercise", () => {
    const exercises = readdirSync(EXERCISES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(EXERCISES_DIR, entry.name, "exercise.ts")))
      .map((entry) => entry.name);
    const translated = new Set(translatedExercises());
    expect(exercises.filter((slug) => !translated.has(slug))).toEqual([]);
  });

  it("gives every no-twin reason in Korean", () => {
    const translated = new Set(koreanReasons());
    const missing = englishReasons().filter((file) => !translated.has(file.replace(/\.txt$/, ".ko.txt")));
    expect(missing).toEqual([]);
  });
});

it("finds the Korean pages under content/ko/", () => {
  expect(pages.every((page) => page.startsWith(`${KOREAN_DIR}/`))).toBe(true);
  expect(pages.length).toBeGreaterThan(0);
});
