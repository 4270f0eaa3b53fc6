/**
 * A learner going through the course in Chromium: from lesson to lesson by the sidebar and
 * Previous/Next, by keyboard alone; drafts that survive a second tab, a stale tab, an import and
 * a full storage; output that belongs to the code that made it, even at 50,000 lines; shared
 * exercise links.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium } from "./browser.ts";
import { firstCodeExercise, lessons } from "./course.ts";
import { ready, SETTLE_MS, storedDraft, typeCode, waitForDraft } from "./kit.ts";
import { exercisesShownIn } from "../../src/course/lesson-order.ts";

const site = inject("siteUrl");
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

/** Presses Tab until `selector` has the focus; returns how many presses it took. */
async function tabTo(target: Page, selector: string, limit = 400): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await target.keyboard.press("Tab");
    if (await target.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector))
      return presses;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe("lesson navigation", () => {
  it(
    "lists every lesson in the sidebar in course order, and Next leads through all of them by keyboard",
    { timeout: 180_000 },
    async () => {
      const course = lessons();
      await page.goto(`${site}lessons/${course[0]?.slug}/`);
      const listed = await page
        .locator("nav.sidebar a[data-lesson]")
        .evaluateAll((links) => links.map((a) => a.getAttribute("data-lesson")));
      expect(listed).toEqual(course.map((lesson) => lesson.slug));
      await expect(page.locator('.pagination-links a[rel="prev"]').count()).resolves.toBe(0);

      for (const [index, lesson] of course.entries()) {
        await expect(page.locator("h1").first().innerText()).resolves.toBe(lesson.title);
        const next = course[index + 1];
        if (!next) break;
        // Keyboard only: from the end of the lesson's text, Tab to the Next link and press Enter.
        await page
          .locator(".sl-markdown-content")
          .last()
          .evaluate((content) => {
            const end = document.createElement("span");
            end.tabIndex = -1;
            content.append(end);
            end.focus();
          });
        await tabTo(page, '.pagination-links a[rel="next"]');
        await page.keyboard.press("Enter");
        await page.waitForURL(`**/lessons/${next.slug}/`);
      }
      await expect(page.locator('.pagination-links a[rel="next"]').count()).resolves.toBe(0);
      const last = course.at(-1);

      // Home offers to continue with the lesson visited last, and lists each lesson's exercises in
      // the order the lesson shows them.
      await page.goto(site);
      for (const lesson of course) {
        const listed = await page
          .locator(`[data-progress-lesson="${lesson.slug}"] .ll-map-exercises a`)
          .evaluateAll((links) =>
            links.map((a) => a.getAttribute("href")?.replace(/^.*#ll-(?:exercise|predict)-/, "")),
          );
        expect(listed).toEqual(exercisesShownIn(lesson.text));
      }
      const continueLink = page.locator("[data-continue] a");
      await continueLink.waitFor();
      await expect(continueLink.innerText()).resolves.toBe(last?.title);
      expect(await continueLink.getAttribute("href")).toMatch(new RegExp(`/lessons/${last?.slug}/$`));
    },
  );
});

describe("the editor and the keyboard", () => {
  it("lets Tab pass through; Enter starts editing, where Tab indents; Esc stops editing", async () => {
    const { lesson, slug } = firstCodeExercise();
    await page.goto(`${site}lessons/${lesson.slug}/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const exercise = await ready(page.locator(`[data-exercise="${slug}"]`));
    const content = exercise.locator(".cm-content");
    const help = await content.getAttribute("aria-describedby");
    await expect(page.locator(`#${help}`).innerText()).resolves.toMatch(/Enter.*edit.*Tab moves on/);

    const before = await content.innerText();
    await exercise.locator(".ll-prompt").click();
    await tabTo(page, `[data-exercise="${slug}"] .cm-content`);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.closest(".cm-editor") !== null);
    expect(focused).toBe(false);
    await expect(content.innerText()).resolves.toBe(before);
    await expect(storedDraft(page, slug)).resolves.toBeUndefined();

    await page.keyboard.press("Shift+Tab");
    await expect(content.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await expect(page.locator(`#${help}`).innerText()).resolves.toMatch(/Editing: Tab indents/);
    await page.keyboard.press("Tab");
    await expect(content.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(content.innerText()).resolves.not.toBe(before);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.closest(".cm-editor") !== null)).resolves.toBe(
      false,
    );
  });
});

describe("drafts", () => {
  it("a second tab follows the first one's edits, and closing it keeps the draft", async () => {
    const { lesson, slug } = firstCodeExercise();
    const url = `${site}lessons/${lesson.slug}/`;
    await page.goto(url);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const other = await context.newPage();
    await other.goto(url);
    const mine = await ready(page.locator(`[data-exercise="${slug}"]`));
    const theirs = await ready(other.locator(`[data-exercise="${slug}"]`));

    await typeCode(page, mine, "// from the first tab\n");
    await waitForDraft(page, slug, (draft) => draft === "// from the first tab\n");
    await theirs.locator(".cm-content", { hasText: "// from the first tab" }).waitFor();
    // Closing the untouched tab writes nothing, and deletes nothing. With its unload handlers run,
    // close() does not wait for the tab to go: wait for that before reading the store.
    const closed = other.waitForEvent("close");
    await other.close({ runBeforeUnload: true });
    await closed;
    await expect(storedDraft(page, slug)).resolves.toBe("// from the first tab\n");
  });

  it("a stale tab never overwrites a newer draft saved elsewhere: it asks which to keep", async () => {
    const { lesson, slug } = firstCodeExercise();
    const url = `${site}lessons/${lesson.slug}/`;
    const stale = await context.newPage();
    await stale.goto(url);
    const staleExercise = await ready(stale.locator(`[data-exercise="${slug}"]`));
    // Another tab saves a newer draft while this one sleeps (a frozen background tab gets no
    // storage event): written from this page itself, so no event reaches it.
    await stale.evaluate((key) => {
      const doc = JSON.parse(localStorage.getItem("looplab:progress") ?? "{}");
      const entry = doc.exercises[key];
      entry.draft = "// newer work\n";
      entry.draftRevision = (entry.draftRevision ?? 0) + 5;
      localStorage.setItem("looplab:progress", JSON.stringify(doc));
    }, slug);
    await staleExercise.locator(".cm-content").click();
    await stale.keyboard.press("ControlOrMeta+End");
    await stale.keyboard.insertText("// stale edit\n");

    const conflict = staleExercise.locator(".ll-notice--warning");
    await conflict.waitFor();
    await expect(storedDraft(stale, slug)).resolves.toBe("// newer work\n");
    await conflict.locator("button", { hasText: "Keep this tab's version" }).click();
    await waitForDraft(stale, slug, (draft) => draft?.includes("// stale edit") ?? false);
    // The first tab, untouched, follows.
    await page.locator(`[data-exercise="${slug}"] .cm-content`, { hasText: "// stale edit" }).waitFor();
    await stale.close();
  });

  it("an import that replaces a different local draft keeps it as a backup the learner can switch back to", async () => {
    const { lesson, slug, solution } = firstCodeExercise();
    await page.goto(`${site}lessons/${lesson.slug}/`);
    const exercise = await ready(page.locator(`[data-exercise="${slug}"]`));
    await typeCode(page, exercise, "// my local draft\n");
    await waitForDraft(page, slug, (draft) => draft === "// my local draft\n");
    const progress = {
      version: 1,
      exercises: {
        [slug]: {
          status: "pass",
          passed: true,
          attempts: 1,
          hintsShown: 0,
          solutionViewed: false,
          draft: solution,
        },
      },
      examples: {},
    };
    const file = join(mkdtempSync(join(tmpdir(), "looplab-import-")), "progress.json");
    writeFileSync(
      file,
      JSON.stringify({ format: "looplab-progress", version: 2, progress, submissions: [] }),
    );
    await page.goto(`${site}progress/`);
    await page.locator('[data-role="import"]').setInputFiles(file);
    const status = page.locator('[data-progress-tools] [data-role="status"]');
    await status.filter({ hasText: "kept as a backup" }).waitFor();

    await page.goto(`${site}lessons/${lesson.slug}/`);
    const again = await ready(page.locator(`[data-exercise="${slug}"]`));
    await expect(again.locator(".cm-content").innerText()).resolves.toContain(solution.split("\n")[0]);
    await again.locator(".ll-notice--backup button", { hasText: "Switch to it" }).click();
    await again.locator(".cm-content", { hasText: "// my local draft" }).waitFor();
    await waitForDraft(page, slug, (draft) => draft === "// my local draft\n");
  });

  it("tells the learner when storage is full, and saves the grade once it has room again", async () => {
    const { lesson, slug, solution } = firstCodeExercise();
    await page.goto(`${site}lessons/${lesson.slug}/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const exercise = await ready(page.locator(`[data-exercise="${slug}"]`));
    await page.evaluate(() => {
      const original = Storage.prototype.setItem;
      (window as unknown as { restoreStorage: () => void }).restoreStorage = () => {
        Storage.prototype.setItem = original;
      };
      Storage.prototype.setItem = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await typeCode(page, exercise, solution);
    await exercise.locator('[data-action="check"]').click();
    await exercise.locator(".ll-result--pass").waitFor();
    const alert = page.locator(".ll-save-alert");
    await alert.filter({ hasText: "storage for the site is full" }).waitFor();
    await page.evaluate(() => (window as unknown as { restoreStorage: () => void }).restoreStorage());
    await alert.filter({ hasText: "saved again" }).waitFor({ timeout: SETTLE_MS });
    const passed = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem("looplab:progress") ?? "{}").exercises?.[key]?.passed,
      slug,
    );
    expect(passed).toBe(true);
  });
});

describe("output", () => {
  it("a Run clears the previous Check's verdict", async () => {
    const { lesson, slug } = firstCodeExercise();
    await page.goto(`${site}lessons/${lesson.slug}/`);
    const exercise = await ready(page.locator(`[data-exercise="${slug}"]`));
    await exercise.locator('[data-action="check"]').click();
    await exercise.locator(".ll-result").waitFor();
    await typeCode(page, exercise, 'throw new Error("boom");\n');
    await exercise.locator('[data-action="run"]').click();
    await exercise.locator(".ll-error", { hasText: "boom" }).waitFor();
    await expect(exercise.locator(".ll-result").count()).resolves.toBe(0);
  });

  it("shows 50,000 printed lines a page at a time, and downloads all of them", async () => {
    await page.goto(`${site}playground/`);
    const playground = await ready(page.locator("#ll-playground"));
    // One print of 50,000 lines: 50,000 console lines, without a run long enough to hit the
    // sandbox's time limit on a busy machine.
    await typeCode(
      page,
      playground,
      'print(Array.from({ length: 50000 }, (_, i) => `line ${i}`).join("\\n"));\n',
    );
    await playground.locator('[data-action="run"]').click();
    await playground.locator(".ll-console-more", { hasText: "of 50,000 lines" }).waitFor({ timeout: 30_000 });
    const rendered = await playground.locator(".ll-console .ll-out").count();
    expect(rendered).toBeLessThanOrEqual(1000);
    const download = page.waitForEvent("download");
    await playground.locator("button", { hasText: "Download the output" }).click();
    const text = readFileSync(await (await download).path(), "utf8")
      .trimEnd()
      .split("\n");
    expect(text).toHaveLength(50_000);
    expect(text.at(-1)).toMatch(/ line 49999$/);
  });
});

describe("on a phone", () => {
  it("wraps long lines in the editor and the console instead of scrolling sideways", async () => {
    const phone = await browser.newContext({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const small = await phone.newPage();
    await small.goto(`${site}playground/`);
    const playground = await ready(small.locator("#ll-playground"));
    const long = `print("${"a long line of output, ".repeat(12)}");\n`;
    await typeCode(small, playground, long);
    await playground.locator('[data-action="run"]').click();
    await playground.locator(".ll-console .ll-text").waitFor();
    const overflow = await playground.evaluate((root) =>
      [".cm-scroller", ".ll-console"].map((sel) => {
        const box = root.querySelector(sel);
        return box ? box.scrollWidth - box.clientWidth : -1;
      }),
    );
    expect(overflow).toEqual([0, 0]);
    await phone.close();
  });
});

describe("a shared exercise link", () => {
  it("opens the exercise in its lesson with the shared code, its prompt and Check, and runs nothing until asked", async () => {
    const { lesson, slug, solution } = firstCodeExercise();
    await page.goto(`${site}lessons/${lesson.slug}/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const exercise = await ready(page.locator(`[data-exercise="${slug}"]`));
    await typeCode(page, exercise, solution);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await exercise.locator('[data-action="share"]').click();
    const link = await exercise.locator(".ll-share-url").inputValue();
    expect(link).toContain(`/lessons/${lesson.slug}/#exercise=${slug}&code=`);

    const fresh = await browser.newContext();
    const reader = await fresh.newPage();
    await reader.goto(link);
    const opened = await ready(reader.locator(`[data-exercise="${slug}"]`));
    await opened.locator(".ll-notice--shared").waitFor();
    await expect(opened.locator(".ll-prompt").isVisible()).resolves.toBe(true);
    await expect(opened.locator(".ll-console").count()).resolves.toBe(0);
    await opened.locator('[data-action="check"]').click();
    await opened.locator(".ll-result--pass").waitFor();
    await fresh.close();
    expect(pageErrors).toEqual([]);
  });
});
