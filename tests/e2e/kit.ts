/** What the end-to-end tests do in a page again and again: wait for a playground, type code. */
import type { Locator, Page } from "playwright-core";

/** Scrolls a playground into view and waits until the island has taken it over. */
export async function ready(playground: Locator): Promise<Locator> {
  await playground.scrollIntoViewIfNeeded();
  await playground
    .locator('[data-action="run"]:not([disabled]), [data-action="check"]:not([disabled])')
    .first()
    .waitFor();
  return playground;
}

/** Replaces the editor's whole text, as a learner pasting code would. */
export async function typeCode(page: Page, playground: Locator, code: string): Promise<void> {
  const content = playground.locator(".cm-content");
  await content.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
}

/** The draft of an exercise as stored in the page's `localStorage`. */
export function storedDraft(page: Page, slug: string): Promise<string | undefined> {
  return page.evaluate((key) => {
    const doc = JSON.parse(localStorage.getItem("looplab:progress") ?? "{}") as {
      exercises?: Record<string, { draft?: string }>;
    };
    return doc.exercises?.[key]?.draft;
  }, slug);
}

/** Waits until the stored draft of an exercise satisfies `test` (saves are debounced). */
export async function waitForDraft(
  page: Page,
  slug: string,
  test: (draft: string | undefined) => boolean,
): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (test(await storedDraft(page, slug))) return;
    await page.waitForTimeout(100);
  }
  throw new Error(
    `The draft of ${slug} never matched; it is ${JSON.stringify(await storedDraft(page, slug))}`,
  );
}
