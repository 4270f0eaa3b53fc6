/**
 * The TypeScript | Python switch of `<Example>` in a real browser: keyboard tabs (WAI-ARIA),
 * every example of the page switching together, the choice remembered on the next page, and no
 * accessibility violations in the switch (axe-core).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { displayedPython, twinPath } from "../../src/twins/twin.ts";
import { exampleUses } from "../content/example-output.ts";
import { launchChromium } from "./browser.ts";
import { lessons } from "./course.ts";
import { ROOT } from "./site-build.ts";

const site = inject("siteUrl");
let browser: Browser;
let page: Page;

/** Lessons whose examples have Python twins, with the first such example. */
const withTwins = lessons().flatMap((lesson) => {
  const src = exampleUses(lesson.text)
    .map((use) => use.src)
    .find((path) => {
      try {
        readFileSync(join(ROOT, "content/examples", twinPath(path)));
        return true;
      } catch {
        return false;
      }
    });
  return src === undefined ? [] : [{ lesson, src }];
});

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
});

afterAll(async () => {
  await browser?.close();
});

const example = (src: string) => page.locator(`[data-example="${src}"]`);

describe("the TypeScript | Python switch", () => {
  it("switches with the arrow keys, switches every example of the page, and is remembered", async () => {
    expect(withTwins.length).toBeGreaterThanOrEqual(2);
    const [first, second] = withTwins;
    await page.goto(`${site}lessons/${first.lesson.slug}/`);
    const playground = example(first.src);
    const tabs = playground.getByRole("tablist");
    await tabs.waitFor();
    const ts = tabs.getByRole("tab", { name: "TypeScript" });
    const py = tabs.getByRole("tab", { name: "Python" });
    expect(await ts.getAttribute("aria-selected")).toBe("true");
    const pythonPanel = playground.locator(".ll-twin");
    expect(await pythonPanel.isVisible()).toBe(false);

    await ts.focus();
    await page.keyboard.press("ArrowRight");
    expect(await py.getAttribute("aria-selected")).toBe("true");
    expect(await py.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await ts.getAttribute("tabindex")).toBe("-1");
    expect(await pythonPanel.isVisible()).toBe(true);
    expect(await playground.locator("[data-role=editor]").isVisible()).toBe(false);
    const python = displayedPython(readFileSync(join(ROOT, "content/examples", twinPath(first.src)), "utf8"));
    const firstLine = python.split("\n").find((line) => line.trim() !== "") ?? "";
    expect(await pythonPanel.innerText()).toContain(firstLine.trim());
    expect(await pythonPanel.locator(".ll-twin-note").innerText()).toMatch(
      /CPython 3\.11|No Python equivalent/,
    );

    // Every other example of the page shows its Python too.
    const selected = await page
      .locator('[data-twin-tabs] [role=tab][data-lang="py"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute("aria-selected")));
    expect(selected.length).toBeGreaterThan(1);
    expect(new Set(selected)).toEqual(new Set(["true"]));

    const { default: axe } = await import("axe-core");
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async (selector) => {
      const result = await (
        window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: { id: string }[] }> } }
      ).axe.run({ include: [selector] });
      return result.violations.map((v) => v.id);
    }, `[data-example="${first.src}"]`);
    expect(violations).toEqual([]);

    // The next page opens in Python; Home goes back to TypeScript, and that is remembered too.
    await page.goto(`${site}lessons/${second.lesson.slug}/`);
    const next = example(second.src);
    await next.getByRole("tablist").waitFor();
    expect(await next.getByRole("tab", { name: "Python" }).getAttribute("aria-selected")).toBe("true");
    await next.getByRole("tab", { name: "Python" }).focus();
    await page.keyboard.press("Home");
    expect(await next.getByRole("tab", { name: "TypeScript" }).getAttribute("aria-selected")).toBe("true");
    expect(await next.locator("[data-role=editor]").isVisible()).toBe(true);
    await page.reload();
    await next.getByRole("tablist").waitFor();
    expect(await next.getByRole("tab", { name: "TypeScript" }).getAttribute("aria-selected")).toBe("true");
  });
});
