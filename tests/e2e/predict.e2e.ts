/**
 * A predict-the-output exercise in a real browser: the real output stays hidden until the learner
 * passes, asks for it (and confirms) or has tried three times; a wrong Check names the misplaced
 * lines without printing the right ones; lines can be reordered by drag and drop.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { launchChromium } from "./browser.ts";
import { firstPredict } from "./course.ts";

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

const { lesson, slug, solution } = firstPredict();

/** A fresh page (no stored progress) with the exercise ready; graded Checks are counted. */
async function openExercise(): Promise<Locator> {
  await page.goto(`${site}lessons/${lesson.slug}/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.evaluate(() => {
    const counter = window as unknown as { gradedChecks: number };
    counter.gradedChecks = 0;
    document.addEventListener("looplab:graded", () => (counter.gradedChecks += 1));
  });
  const predict = page.locator(`[data-exercise="${slug}"]`);
  await predict.scrollIntoViewIfNeeded();
  await predict.locator('[data-action="check"]:not([disabled])').waitFor();
  return predict;
}

/** Presses Check and waits until it is graded; returns the checks list as text. */
async function check(predict: Locator): Promise<string> {
  const count = () => page.evaluate(() => (window as unknown as { gradedChecks: number }).gradedChecks);
  const before = await count();
  await predict.locator('[data-action="check"]').click();
  await page.waitForFunction((n) => (window as unknown as { gradedChecks: number }).gradedChecks > n, before);
  return (await predict.locator(".ll-checklist").innerText()).trim();
}

const consoleLines = (predict: Locator) =>
  predict.locator(".ll-console .ll-out:not(.ll-out--warning) .ll-text").allInnerTexts();

describe("<Predict> keeps the answer", () => {
  it("hides the real output after a wrong Check, and names lines without printing the right ones", async () => {
    const predict = await openExercise();
    const checks = await check(predict);
    expect(checks).toMatch(/not where the program prints/);
    expect(await consoleLines(predict)).toEqual([]);
    await expect(predict.locator(".ll-predict-note").innerText()).resolves.toMatch(/2 more tries/);
  });

  it("shows the answer only after the learner asks twice (a confirmation)", async () => {
    const predict = await openExercise();
    await check(predict);
    const ask = predict.getByRole("button", { name: "Show the answer" });
    await ask.click();
    expect(await consoleLines(predict)).toEqual([]);
    await predict.getByRole("button", { name: "Really show the answer?" }).click();
    await predict.locator(".ll-console .ll-text").first().waitFor();
    expect(await consoleLines(predict)).toEqual(solution.map((line) => line.text));
  });

  it("shows the answer after three tries", async () => {
    const predict = await openExercise();
    await check(predict);
    await check(predict);
    expect(await consoleLines(predict)).toEqual([]);
    await check(predict);
    await predict.locator(".ll-console .ll-text").first().waitFor();
    expect(await consoleLines(predict)).toEqual(solution.map((line) => line.text));
  });

  it("reorders lines by drag and drop", async () => {
    const predict = await openExercise();
    const items = predict.locator(".ll-predict-line");
    const before = await predict.locator(".ll-predict-line code").allInnerTexts();
    await items.nth(before.length - 1).dragTo(items.nth(0));
    const after = await predict.locator(".ll-predict-line code").allInnerTexts();
    expect(after).toEqual([before[before.length - 1], ...before.slice(0, -1)]);
  });
});
