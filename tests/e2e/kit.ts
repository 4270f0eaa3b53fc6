/**
 * What the end-to-end tests do in a page again and again: wait for a playground, type code, wait
 * for what the page writes later (text, stored drafts).
 *
 * A value read from Playwright (`textContent()`, `count()`, `page.evaluate(...)`) is read once, never
 * retried: read it only where the wait before it guarantees it is settled; otherwise wait here for
 * the state itself, with a backstop generous enough for a busy shared machine.
 */
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** How long a test waits for the page to reach a state it is sure to reach (a backstop, not a pace). */
export const SETTLE_MS = 30_000;

/** How often a wait reads its value again. */
const POLL_MS = 100;

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

/**
 * Waits until the stored draft of an exercise satisfies `test` (saves are debounced); on timeout it
 * fails with the draft it read last.
 */
export async function waitForDraft(
  page: Page,
  slug: string,
  test: (draft: string | undefined) => boolean,
): Promise<void> {
  await expect
    .poll(() => storedDraft(page, slug), {
      timeout: SETTLE_MS,
      interval: POLL_MS,
      message: `the stored draft of ${slug}`,
    })
    .toSatisfy(test);
}

/** How `waitForText` reads and compares. */
export interface TextWait {
  /** Read the rendered text (`innerText`) instead of `textContent`. */
  inner?: boolean;
  /** The expected string need only be part of the text. */
  contains?: boolean;
}

/**
 * Waits until the text of `locator` is `expected` (a string: all of it, or with `contains` a part
 * of it; a pattern: matching it), for text that an asynchronous update writes. On timeout it fails
 * with the text it read last.
 */
export async function waitForText(
  locator: Locator,
  expected: string | RegExp,
  { inner = false, contains = false }: TextWait = {},
): Promise<void> {
  const text = expect.poll(
    async () => (inner ? await locator.innerText() : ((await locator.textContent()) ?? "")),
    { timeout: SETTLE_MS, interval: POLL_MS, message: `the text of ${String(locator)}` },
  );
  if (typeof expected !== "string") await text.toMatch(expected);
  else if (contains) await text.toContain(expected);
  else await text.toBe(expected);
}
