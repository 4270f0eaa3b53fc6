/**
 * A failed check points at the interval it judged, and the timeline highlights it: the starter of
 * `unblock-the-loop` holds the loop with `time.sleep`, and "show on the timeline" marks the very
 * segment the grader measured.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser.ts";

const site = inject("siteUrl");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe("a failed check on the timeline", () => {
  it("highlights the segment that held the loop", async () => {
    await page.goto(`${site}lessons/04-event-loop/`);
    const exercise = page.locator('[data-exercise="unblock-the-loop"]');
    await exercise.scrollIntoViewIfNeeded();
    await exercise.locator('[data-action="check"]:not([disabled])').waitFor();
    const graded = page.evaluate(
      () =>
        new Promise<{ checks: { name: string; interval?: { fromSeq: number; kind: string } }[] }>((resolve) =>
          document.addEventListener(
            "looplab:graded",
            (event) => resolve((event as CustomEvent).detail.result),
            { once: true },
          ),
        ),
    );
    await exercise.locator('[data-action="check"]').click();
    const result = await graded;
    const blocking = result.checks.find((check) => check.name === "no download holds the loop");
    expect(blocking?.interval?.kind).toBe("blocked");

    const failure = exercise.locator(".ll-check", { hasText: "no download holds the loop" });
    await failure.getByRole("button", { name: "show on the timeline" }).click();
    const highlighted = exercise.locator(".ll-tl-item--highlight");
    await highlighted.waitFor();
    expect(await highlighted.getAttribute("data-seq")).toBe(String(blocking?.interval?.fromSeq));
    expect(await highlighted.getAttribute("aria-label")).toMatch(/blocks the loop: time\.sleep/);
  });
});
