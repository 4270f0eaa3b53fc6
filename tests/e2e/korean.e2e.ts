/**
 * The Korean edition in a real browser: the language of each page and its twins, the language
 * picker, an exercise solved through the Korean interface, progress shared between the two
 * editions, a Korean progress file, search per language and axe-core on Korean pages.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import axe from "axe-core";
import { loadExercise } from "../../src/exercise-folders/load.ts";
import { localizeExercise } from "../../src/grader/localize.ts";
import { uiMessages } from "../../src/i18n/ui/index.ts";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "./browser.ts";
import { firstCodeExercise, firstExample, lessons } from "./course.ts";
import { ROOT } from "./site-build.ts";
import { ready, SETTLE_MS, typeCode, waitForText } from "./kit.ts";

const site = inject("siteUrl");
const ko = uiMessages("ko");
const en = uiMessages("en");
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
});

/** The site-relative path of the page shown now (`ko/lessons/01-why-async/`). */
function currentPath(): string {
  return new URL(page.url()).pathname.replace(/^\/looplab\//, "");
}

describe("a Korean lesson page", () => {
  it('says lang="ko" and links its English twin and itself with hreflang', async () => {
    const { lesson } = firstExample();
    await page.goto(`${site}ko/lessons/${lesson.slug}/`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ko");
    const alternates = await page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        Object.fromEntries(
          links.map((link) => [
            link.getAttribute("hreflang"),
            new URL((link as HTMLLinkElement).href).pathname,
          ]),
        ),
      );
    expect(alternates).toEqual({
      en: `/looplab/lessons/${lesson.slug}/`,
      ko: `/looplab/ko/lessons/${lesson.slug}/`,
      "x-default": `/looplab/lessons/${lesson.slug}/`,
    });
  });

  it("lists every lesson in course order in its sidebar, each linking to its Korean page", async () => {
    const { lesson } = firstExample();
    await page.goto(`${site}ko/lessons/${lesson.slug}/`);
    const sidebar = page.locator("#starlight__sidebar");
    await expect(sidebar.getByText("강의", { exact: true }).count()).resolves.toBeGreaterThan(0);
    const links = await sidebar
      .locator("a[data-lesson]")
      .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(1);
    expect(links.every((href) => href.startsWith("/looplab/ko/lessons/"))).toBe(true);
    expect([...links].sort()).toEqual(links);
    await expect(sidebar.locator('a[aria-current="page"]').getAttribute("href")).resolves.toBe(
      `/looplab/ko/lessons/${lesson.slug}/`,
    );
  });

  it("goes to its English twin through the language picker, and back", async () => {
    const { lesson } = firstExample();
    await page.goto(`${site}ko/lessons/${lesson.slug}/`);
    await page
      .locator("starlight-lang-select select")
      .locator("visible=true")
      .first()
      .selectOption({ label: "English" });
    await page.waitForURL(`**/looplab/lessons/${lesson.slug}/`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await page
      .locator("starlight-lang-select select")
      .locator("visible=true")
      .first()
      .selectOption({ label: "한국어" });
    await page.waitForURL(`**/looplab/ko/lessons/${lesson.slug}/`);
    expect(currentPath()).toBe(`ko/lessons/${lesson.slug}/`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ko");
  });
});

/** Hangul syllables: what Korean text has and English text has not. */
const HANGUL = /[\uac00-\ud7a3]/;

describe("an exercise solved on a Korean page", () => {
  it("speaks Korean from the toolbar to the verdict, and its progress is the English page's too", async () => {
    const { lesson, slug, solution } = firstCodeExercise();
    const korean = localizeExercise(await loadExercise(slug), "ko");
    await page.goto(`${site}ko/lessons/${lesson.slug}/`);
    const exercise = await ready(page.locator(`[data-exercise="${slug}"]`));
    // The exercise's own text comes from its translation (exercises/<slug>/ko.ts).
    expect(korean.translated).toBe(true);
    await expect(exercise.locator(".ll-title").textContent()).resolves.toBe(
      ko.playground.exercise(korean.title),
    );
    await expect(exercise.locator(".ll-prompt").textContent()).resolves.toMatch(HANGUL);
    await expect(exercise.locator('[data-action="check"]').textContent()).resolves.toBe(ko.toolbar.check);
    await expect(exercise.locator('[data-action="run"]').textContent()).resolves.toBe(ko.toolbar.run);

    // The starter does not solve the exercise: a Korean "not yet".
    await exercise.locator('[data-action="check"]').click();
    await exercise.locator(".ll-result").waitFor();
    await expect(exercise.locator(".ll-result-summary").textContent()).resolves.toMatch(
      /^검사 \d+개 가운데 \d+개를 통과하지 못했습니다\.$/,
    );
    await expect(exercise.locator('[data-role="badge"]').textContent()).resolves.toBe(ko.badge.fail);
    await expect(exercise.locator('[data-role="status"]').textContent()).resolves.toMatch(
      /^아직: 검사 \d+개를/,
    );
    // The grader's feedback: every check's name, and every failed check's message, in Korean.
    const names = await exercise.locator(".ll-check-name").allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(HANGUL);
    const messages = await exercise.locator(".ll-check--fail .ll-check-message").allTextContents();
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toMatch(HANGUL);

    // The solution passes; the run's console and timeline are in Korean too.
    await typeCode(page, exercise, solution);
    await exercise.locator('[data-action="check"]').click();
    await exercise.locator(".ll-result--pass").waitFor();
    await expect(exercise.locator(".ll-result-summary").textContent()).resolves.toBe(ko.results.allPassed);
    await expect(exercise.locator('[data-role="badge"]').textContent()).resolves.toBe(ko.badge.pass);
    await expect(exercise.locator('[data-role="status"]').textContent()).resolves.toBe(ko.run.passed);
    await expect(exercise.locator(".ll-summary").textContent()).resolves.toMatch(
      /^가상 시간 [\d.]+초에 끝났습니다\./,
    );
    await expect(exercise.locator(".ll-subhead").first().textContent()).resolves.toContain(
      ko.output.heading.trim(),
    );

    // The same exercise on the English page: passed, with the code written on the Korean page.
    await page.goto(`${site}lessons/${lesson.slug}/`);
    const english = await ready(page.locator(`[data-exercise="${slug}"]`));
    await expect(english.locator('[data-role="badge"]').textContent()).resolves.toBe(en.badge.pass);
    await expect(english.locator(".cm-content").textContent()).resolves.toContain(
      solution
        .split("\n")
        .find((line) => line.trim().length > 12)
        ?.trim(),
    );
    expect(pageErrors).toEqual([]);
  });
});

describe("TypeScript's messages on a Korean page", () => {
  it("are Korean in the editor and in the console of a program that does not compile", async () => {
    const { lesson, slug } = firstCodeExercise();
    await page.goto(`${site}ko/lessons/${lesson.slug}/`);
    const exercise = await ready(page.locator(`[data-exercise="${slug}"]`));
    await typeCode(page, exercise, "print(1;\n");
    // The editor's diagnostic, in TypeScript's Korean.
    await expect
      .poll(() => exercise.locator(".cm-lintRange-error").count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.keyboard.press("ControlOrMeta+Shift+M");
    const panel = exercise.locator(".cm-panel.cm-panel-lint [role=listbox]");
    await panel.waitFor();
    await expect(panel.innerText()).resolves.toContain("')'이(가) 필요합니다.");
    await page.keyboard.press("Escape");
    // The run's compile error, in the console.
    await exercise.locator('[data-action="run"]').click();
    const error = exercise.locator(".ll-error");
    await error.waitFor();
    await expect(error.innerText()).resolves.toContain("')'이(가) 필요합니다.");
    await expect(error.innerText()).resolves.not.toContain("expected");
    expect(pageErrors).toEqual([]);
  });
});

describe("a stopped run on a Korean page", () => {
  it("is explained in Korean, naming the limit it went over", async () => {
    const { lesson, slug } = firstCodeExercise();
    await page.goto(`${site}ko/lessons/${lesson.slug}/`);
    const exercise = await ready(page.locator(`[data-exercise="${slug}"]`));
    await typeCode(
      page,
      exercise,
      'import * as asyncio from "asyncio";\nasync function main() {\n  await asyncio.sleep(1e9);\n}\nasyncio.run(main());\n',
    );
    await exercise.locator('[data-action="run"]').click();
    const message = exercise.locator(".ll-error .ll-error-message");
    await message.waitFor();
    await expect(message.innerText()).resolves.toMatch(
      /^프로그램이 가상 시간으로 \d+초 넘게 실행되어 실행을 멈췄습니다\./,
    );
    await expect(exercise.locator(".ll-error-title").innerText()).resolves.toBe(
      ko.console.errorTitles["virtual-timeout"],
    );
  });
});

describe("an example on a Korean page", () => {
  it("captions its TypeScript | Python switch in Korean and gives its no-twin reason in Korean", async () => {
    const withReason = lessons().flatMap((lesson) =>
      [...lesson.text.matchAll(/<Example\s+src="([^"]+)\.ts"/g)]
        .map((match) => ({
          lesson,
          src: `${match[1]}.ts`,
          file: join(ROOT, "content/examples", `${match[1]}.no-twin.ko.txt`),
        }))
        .filter(({ file }) => existsSync(file)),
    )[0];
    expect(withReason).toBeDefined();
    if (!withReason) return;
    await page.goto(`${site}ko/lessons/${withReason.lesson.slug}/`);
    const example = page.locator(`[data-example="${withReason.src}"]`).first();
    await example.getByRole("tab", { name: ko.twin.python }).click();
    await expect(example.locator(".ll-twin-note").textContent()).resolves.toBe(
      ko.twin.none(readFileSync(withReason.file, "utf8").trim()),
    );
  });
});

describe("the Korean home page", () => {
  it("maps every lesson by its Korean title, linked to its Korean page, with its exercises' Korean titles", async () => {
    const koreanTitle = (slug: string, english: string): string => {
      const file = join(ROOT, "content/ko/lessons", `${slug}.mdx`);
      if (!existsSync(file)) return english;
      return /^title:\s*["']?(.+?)["']?\s*$/m.exec(readFileSync(file, "utf8"))?.[1] ?? english;
    };
    await page.goto(`${site}ko/`);
    const all = lessons();
    await expect(page.locator(".ll-map-title").allTextContents()).resolves.toEqual(
      all.map((lesson) => koreanTitle(lesson.slug, lesson.title)),
    );
    const links = await page
      .locator(".ll-map-link")
      .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(all.map((lesson) => `/looplab/ko/lessons/${lesson.slug}/`));
    const exercises = await page.locator(".ll-map-exercises a").allTextContents();
    expect(exercises.length).toBeGreaterThan(0);
    for (const title of exercises) expect(title).toMatch(HANGUL);
  });
});

describe("the Korean progress page", () => {
  it("shows the same progress in Korean and exports a file named with a Korean name", async () => {
    const { slug } = firstCodeExercise();
    await page.goto(`${site}ko/progress/`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ko");
    // The marks are written once the page's Korean text has loaded, after the page itself.
    await waitForText(page.locator(`[data-progress-row="${slug}"] .ll-badge`), ko.badge.pass);
    await expect(page.locator("[data-progress-summary]").first().textContent()).resolves.toMatch(
      /^연습 문제 \d+개 가운데 [1-9]\d*개를 통과했습니다\.$/,
    );
    await page.locator('[data-role="student"]').fill("이서연");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: ko.progress.export }).click();
    expect((await download).suggestedFilename()).toBe("looplab-progress-이서연.json");
    await expect(page.locator('[data-progress-tools] [data-role="status"]').textContent()).resolves.toMatch(
      /^제출물 \d+개를 looplab-progress-이서연\.json 파일로 내보냈습니다\.$/,
    );
  });
});

describe("search in each language", () => {
  /** The result links of a search for `word` from the page at `path`, and its message. */
  async function search(path: string, word: string): Promise<{ found: string[]; message: string }> {
    await page.goto(`${site}${path}`);
    await page.locator("site-search button[data-open-modal]").first().click();
    await page.locator("site-search input").fill(word);
    // Pagefind answers in two steps: first its message counts the results ("… 결과 3건"),
    // then each result's link renders once its fragment has loaded. Wait for both.
    await page.waitForFunction(
      () => {
        const message = document.querySelector("site-search .pagefind-ui__message")?.textContent ?? "";
        if (message === "" || /Searching|검색 중/.test(message)) return false;
        const links = document.querySelectorAll("site-search .pagefind-ui__result-link").length;
        return /\d/.test(message) ? links > 0 : true;
      },
      undefined,
      { timeout: SETTLE_MS },
    );
    const found = await page
      .locator("site-search .pagefind-ui__result-link")
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    return { found, message: (await page.locator("site-search .pagefind-ui__message").textContent()) ?? "" };
  }

  it("finds Korean pages for 코루틴 on a Korean page, and only Korean ones, counted in Korean", async () => {
    const { found, message } = await search("ko/", "코루틴");
    expect(found.length).toBeGreaterThan(0);
    expect(message).toMatch(/^코루틴에 대한 결과 \d+건$/);
    expect(found.every((path) => path.startsWith("/looplab/ko/"))).toBe(true);
  });

  it("finds no Korean page from an English page", async () => {
    const { found } = await search("", "코루틴");
    expect(found.filter((path) => path.startsWith("/looplab/ko/"))).toEqual([]);
  });
});

describe("axe-core on Korean pages", () => {
  async function violations(): Promise<string[]> {
    if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axe.source });
    return page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
        resultTypes: ["violations"],
      });
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "heading-order")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
  }

  it.each([
    ["home", "ko/"],
    ["progress", "ko/progress/"],
    ["playground", "ko/playground/"],
  ])("finds no serious or critical violation on the Korean %s page", async (_name, path) => {
    await page.goto(`${site}${path}`);
    expect(await violations()).toEqual([]);
  });

  it("finds none on a Korean lesson page after a run, with the timeline as a table", async () => {
    const { lesson, src } = firstExample();
    await page.goto(`${site}ko/lessons/${lesson.slug}/`);
    const example = await ready(page.locator(`[data-example="${src}"]`).first());
    await example.locator('[data-action="run"]').click();
    await example.locator(".ll-console, .ll-empty").first().waitFor();
    await example.locator("button", { hasText: ko.output.asTable }).click();
    await example.locator(".ll-tl-table").waitFor();
    await expect(example.locator(".ll-tl-table th[scope=col]").allTextContents()).resolves.toEqual([
      ko.timeline.time,
      ko.timeline.task,
      ko.timeline.what,
      ko.timeline.where,
    ]);
    expect(await violations()).toEqual([]);
  });
});

describe("code blocks on Korean pages", () => {
  it("label their copy buttons in Korean, on lessons and on pages under src/pages/ko/", async () => {
    // As built: the playground's editor replaces its code block once it mounts.
    for (const path of [`ko/lessons/${firstExample().lesson.slug}/`, "ko/playground/"]) {
      const html = await (await fetch(`${site}${path}`)).text();
      const titles = [...html.matchAll(/<div class="copy">.*?<button title="([^"]*)"/g)].map((m) => m[1]);
      expect(titles.length, path).toBeGreaterThan(0);
      expect(new Set(titles), path).toEqual(new Set(["클립보드로 복사"]));
    }
  });
});

describe("an address that does not exist", () => {
  it("shows the Korean 404 page under /ko/, at the address asked for, with a link to the Korean home", async () => {
    const response = await page.goto(`${site}ko/lessons/no-such-lesson/`);
    expect(response?.status()).toBe(404);
    await page.locator("[data-home]").waitFor();
    await page.waitForFunction(() => document.documentElement.lang === "ko");
    await expect(page.locator("h1").first().innerText()).resolves.toBe(ko.notFound.title);
    await expect(page.locator("[data-home]").innerText()).resolves.toBe(ko.notFound.home);
    await expect(page.locator("[data-home]").getAttribute("href")).resolves.toBe("/looplab/ko/");
    await expect(page.locator("html").evaluate((html) => getComputedStyle(html).visibility)).resolves.toBe(
      "visible",
    );
    expect(currentPath()).toBe("ko/lessons/no-such-lesson/");
    expect(await page.title()).toContain(ko.notFound.title);
  });

  it("stays English at an English address", async () => {
    const response = await page.goto(`${site}lessons/no-such-lesson/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(page.locator("h1").first().innerText()).resolves.toBe(en.notFound.title);
    await expect(page.locator("[data-home]").getAttribute("href")).resolves.toBe("/looplab/");
  });

  it("keeps the Korean 404 page at its own address", async () => {
    const response = await page.goto(`${site}ko/404/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ko");
    await expect(page.locator("h1").first().innerText()).resolves.toBe(ko.notFound.title);
  });
});
