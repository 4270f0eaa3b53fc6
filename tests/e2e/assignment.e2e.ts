/**
 * An assignment page in a real browser: the exercises in the assignment's order with its options
 * applied (no hints, no Solution button and no solution in the page), and a hand-in file that
 * carries the assignment's id and re-grades to the same trace hashes.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createSandbox } from "../../runtime/host/run.ts";
import type { Assignment } from "../../src/assignments/assignment.ts";
import { loadExercise } from "../../src/exercise-folders/load.ts";
import { gradeSubmission, type SubmissionBundle } from "../../src/grader/index.ts";
import { launchChromium } from "./browser.ts";
import { ROOT } from "./site-build.ts";

const site = inject("siteUrl");
const read = (path: string) => readFileSync(`${ROOT}${path}`, "utf8");
/** The course's assignment with hints and solutions off. */
const assignment = JSON.parse(read("assignments/week-2-cancellation.json")) as Assignment;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
/** Every response body the page and its worker fetched from the site. */
const fetched: Promise<string>[] = [];

/** The assignment's code exercises (a predict exercise's solution is an order of its starter's lines). */
const codeExercises = assignment.exercises.filter(
  (slug) => !read(`exercises/${slug}/exercise.ts`).includes('kind: "predict"'),
);

/** An exercise's solution file as it would appear in HTML, JSON or a bundled JavaScript chunk. */
function solutionForms(slug: string): string[] {
  const predict = !codeExercises.includes(slug);
  const text = read(`exercises/${slug}/${predict ? "solution.json" : "solution.ts"}`);
  const json = JSON.stringify(text).slice(1, -1);
  const template = text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
  return [text, json, json.replace(/</g, "\\u003c"), template];
}

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  // What the server sent (not the hand-in file's blob, which holds the learner's own code). The
  // offline service worker's own precaching is left out: it downloads every lesson page for
  // reading offline, as a visit to those pages would, not this page's exercises.
  context.on("response", (response) => {
    if (response.url().startsWith(site) && !response.request().serviceWorker())
      fetched.push(response.text().catch(() => ""));
  });
  await page.goto(`${site}assignments/${assignment.id}/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

afterAll(async () => {
  await browser?.close();
});

describe("an assignment page", () => {
  it("shows the title, the due date and the exercises in the assignment's order", async () => {
    await expect(page.locator("h1").innerText()).resolves.toBe(assignment.title);
    await expect(page.locator(".ll-assignment-due time").getAttribute("datetime")).resolves.toBe(
      assignment.due,
    );
    const order = await page
      .locator("[data-exercise]")
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-exercise")));
    expect(order).toEqual(assignment.exercises);
  });

  it("with hints and solutions off offers neither, and leaves the solutions out of the page", async () => {
    await expect(page.locator('[data-action="hint"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-action="solution"]').count()).resolves.toBe(0);
    const html = await (await fetch(`${site}assignments/${assignment.id}/`)).text();
    for (const slug of assignment.exercises) {
      for (const form of solutionForms(slug)) expect(html.includes(form), slug).toBe(false);
    }
    const payloads = await page
      .locator('script[data-role="payload"]')
      .evaluateAll((nodes) => nodes.map((n) => JSON.parse(n.textContent ?? "{}") as Record<string, unknown>));
    expect(payloads.length).toBe(assignment.exercises.length);
    for (const payload of payloads) {
      expect(payload.solution).toBeUndefined();
      expect(payload.hints).toEqual([]);
    }
  });

  it("hands in a file with the assignment's id and the learner's name, which re-grades to the same hash", async () => {
    const slug = codeExercises[0];
    const solution = read(`exercises/${slug}/solution.ts`);
    const exercise = page.locator(`[data-exercise="${slug}"]`);
    await exercise.scrollIntoViewIfNeeded();
    await exercise.locator('[data-action="check"]:not([disabled])').waitFor();
    await exercise.locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText(solution);
    await exercise.locator('[data-action="check"]').click();
    await exercise.locator('.ll-badge[data-status="pass"]').waitFor();

    await page.locator("#ll-hand-in-student").fill("김민지");
    await page.locator("#ll-hand-in-student").press("Tab");
    const download = page.waitForEvent("download");
    await page.locator('[data-action="hand-in"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`looplab-${assignment.id}-김민지.json`);
    const handedIn = JSON.parse(readFileSync(await file.path(), "utf8")) as {
      assignment: string;
      student: string;
      submissions: SubmissionBundle[];
    };
    expect(handedIn).toMatchObject({ assignment: assignment.id, student: "김민지" });
    expect(handedIn.submissions.map((s) => s.exercise)).toEqual([slug]);
    const sandbox = await createSandbox();
    const { result } = await gradeSubmission(await loadExercise(slug), handedIn.submissions[0].code, {
      runner: (source, options) => sandbox.run(source, options),
      filename: `${slug}.ts`,
    });
    expect(result.status).toBe("pass");
    expect(result.traceHash).toBe(handedIn.submissions[0].traceHash);
    await expect(
      page.locator('[data-assignment-hand-in] [data-role="status"]').innerText(),
    ).resolves.toContain(`with 1 of ${assignment.exercises.length} exercise(s)`);
    expect(pageErrors).toEqual([]);
  });

  // Continues from the test above: the page has run and checked code in its worker.
  it("never fetches a solution, not even in the worker that checks the code", async () => {
    const bodies = await Promise.all(fetched);
    expect(bodies.length).toBeGreaterThan(0);
    for (const slug of assignment.exercises) {
      const forms = solutionForms(slug);
      expect(
        bodies.some((body) => forms.some((form) => body.includes(form))),
        slug,
      ).toBe(false);
    }
  });
});
