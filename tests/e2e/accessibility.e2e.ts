/**
 * axe-core on every page type of the built site — home, lesson, playground, progress and the 404
 * page — in the light and the dark theme, before and after running code: no serious or critical
 * violation, and headings that never skip a level.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import axe from "axe-core";
import { launchChromium } from "./browser.ts";
import { firstCodeExercise, firstExample } from "./course.ts";
import { ready } from "./kit.ts";

const site = inject("siteUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** The serious and critical violations axe finds in the page as it is now, and any heading-order skip. */
async function violations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ["violations"],
    });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "heading-order")
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? "",
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`),
      }));
  });
}

async function openPage(theme: "light" | "dark", path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: theme });
  const page = await context.newPage();
  await page.goto(`${site}${path}`);
  await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(theme);
  return page;
}

describe.each(["light", "dark"] as const)("axe-core, %s theme", (theme) => {
  it.each([
    ["home", ""],
    ["progress", "progress/"],
    ["404", "404.html"],
  ])("finds no serious or critical violation on the %s page", async (_name, path) => {
    const page = await openPage(theme, path);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it("finds none on a lesson page, before and after running an example and checking an exercise", async () => {
    const { lesson, src } = firstExample();
    const { lesson: exerciseLesson, slug } = firstCodeExercise();
    const page = await openPage(theme, `lessons/${lesson.slug}/`);
    expect(await violations(page)).toEqual([]);

    const example = await ready(page.locator(`[data-example="${src}"]`).first());
    expect(await violations(page)).toEqual([]);
    await example.locator('[data-action="run"]').click();
    await example.locator(".ll-console, .ll-empty").first().waitFor();
    await example.locator("button", { hasText: "Show as table" }).click();
    if (exerciseLesson.slug === lesson.slug) {
      const exercise = await ready(page.locator(`[data-exercise="${slug}"]`));
      await exercise.locator('[data-action="check"]').click();
      await exercise.locator(".ll-result").waitFor();
      await exercise.locator('[data-action="hint"]').click();
    }
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it("finds none on the playground, before and after running code that fails", async () => {
    const page = await openPage(theme, "playground/");
    const playground = await ready(page.locator("#ll-playground"));
    expect(await violations(page)).toEqual([]);
    await playground.locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText('\nprint("done");\nthrow new Error("on purpose");\n');
    await playground.locator('[data-action="run"]').click();
    await playground.locator(".ll-error").waitFor();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
