/**
 * Assignment pages in a real browser — an assignment file's page and an assignment link's: the
 * exercises in the assignment's order with its options applied (no hints, no Solution button, and
 * neither a hint nor a solution in anything the page or its worker fetched), and a hand-in file
 * that carries the assignment's id and re-grades to the same trace hashes.
 */
import { readFileSync } from "node:fs";
import axe from "axe-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createSandbox } from "../../runtime/host/run.ts";
import type { Assignment } from "../../src/assignments/assignment.ts";
import { assignmentLink, linkId } from "../../src/assignments/link.ts";
import { loadExercise } from "../../src/exercise-folders/load.ts";
import { gradeSubmission, type SubmissionBundle } from "../../src/grader/index.ts";
import { localizeExercise } from "../../src/grader/localize.ts";
import { waitForText } from "./kit.ts";
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

/** Whether an exercise is a predict exercise (its solution is an order of its starter's lines). */
const isPredict = (slug: string) => read(`exercises/${slug}/exercise.ts`).includes('kind: "predict"');
/** The assignment's code exercises. */
const codeExercises = assignment.exercises.filter((slug) => !isPredict(slug));

/**
 * Every hint of an exercise (its `hints` list and its checks' `.hint()` texts) as pieces that
 * survive any escaping: the runs of prose between quotes, backslashes and markup characters,
 * however the hint is written into HTML, JSON or a bundled JavaScript chunk.
 */
async function hintPieces(slug: string, lang: "en" | "ko" = "en"): Promise<string[]> {
  const text = localizeExercise(await loadExercise(slug), lang);
  if (lang !== "en") expect(text.translated, `${slug}: ${lang}`).toBe(true);
  const hints = [...text.hints, ...Object.values(text.checks).map((c) => c.hint)];
  return (
    hints
      .filter((hint): hint is string => hint !== null)
      // The prose between code spans: code a hint quotes may well be in the program itself.
      .flatMap((hint) => hint.split("`").filter((_, i) => i % 2 === 0))
      .flatMap((prose) => prose.split(/["'\\<>&]/))
      // Korean packs a phrase into fewer characters than English.
      .filter((piece) => piece.trim().length >= (lang === "en" ? 16 : 8))
  );
}

/** Records the body of every response from the site, except the offline service worker's precaching. */
function recordBodies(context: BrowserContext, into: Promise<string>[]): void {
  // What the server sent (not the hand-in file's blob, which holds the learner's own code). The
  // offline service worker's own precaching is left out: it downloads every page of the site for
  // reading offline, as a visit to those pages would, not this page's exercises.
  context.on("response", (response) => {
    if (response.url().startsWith(site) && !response.request().serviceWorker())
      into.push(response.text().catch(() => ""));
  });
}

/**
 * Asserts that no body holds any hint (in any of `langs`) or (code or prediction) solution of the
 * `slugs`, and that
 * the module of the `graded` exercise (its check names) was among them: the worker's chunk was
 * looked at, not missed.
 */
async function expectNoHintNorSolution(
  bodies: string[],
  slugs: readonly string[],
  graded: string,
  langs: readonly ("en" | "ko")[] = ["en"],
): Promise<void> {
  const checkNames = Object.keys((await loadExercise(graded)).definition.checks);
  expect(bodies.some((body) => checkNames.every((name) => body.includes(name)))).toBe(true);
  for (const slug of slugs) {
    const pieces = [
      ...(await hintPieces(slug)),
      ...(langs.includes("ko") ? await hintPieces(slug, "ko") : []),
    ];
    expect(pieces.length, slug).toBeGreaterThan(0);
    const forms = solutionForms(slug);
    for (const body of bodies) {
      expect(
        forms.some((form) => body.includes(form)),
        `${slug}: solution`,
      ).toBe(false);
      expect(
        pieces.filter((piece) => body.includes(piece)),
        `${slug}: hints`,
      ).toEqual([]);
    }
  }
}

/** Checks `code` in the exercise `slug` (not checked before on the page) and returns the verdict. */
async function check(page: Page, slug: string, code: string): Promise<string | null> {
  const exercise = page.locator(`[data-exercise="${slug}"]`);
  await exercise.scrollIntoViewIfNeeded();
  await exercise.locator('[data-action="check"]:not([disabled])').waitFor();
  await exercise.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
  await exercise.locator('[data-action="check"]').click();
  const badge = exercise.locator(".ll-badge[data-status]");
  await badge.waitFor();
  return badge.getAttribute("data-status");
}

/** Hands in with the learner's name; returns the file's suggested name and its content. */
async function handIn(
  page: Page,
  name: string,
): Promise<{
  filename: string;
  file: { assignment: string; student: string; submissions: SubmissionBundle[] };
}> {
  await page.locator("#ll-hand-in-student").fill(name);
  await page.locator("#ll-hand-in-student").press("Tab");
  const download = page.waitForEvent("download");
  await page.locator('[data-action="hand-in"]').click();
  const file = await download;
  return {
    filename: file.suggestedFilename(),
    file: JSON.parse(readFileSync(await file.path(), "utf8")) as {
      assignment: string;
      student: string;
      submissions: SubmissionBundle[];
    },
  };
}

/** The ids of the serious and critical accessibility violations axe-core finds in the page as it is. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ["violations"],
    });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => v.id);
  });
}

/** An exercise's solution file as it would appear in HTML, JSON or a bundled JavaScript chunk. */
function solutionForms(slug: string): string[] {
  const predict = isPredict(slug);
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
  recordBodies(context, fetched);
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
    await expect(check(page, slug, read(`exercises/${slug}/solution.ts`))).resolves.toBe("pass");
    const { filename, file: handedIn } = await handIn(page, "김민지");
    expect(filename).toBe(`looplab-${assignment.id}-김민지.json`);
    expect(handedIn).toMatchObject({ assignment: assignment.id, student: "김민지" });
    expect(handedIn.submissions.map((s) => s.exercise)).toEqual([slug]);
    const sandbox = await createSandbox();
    const { result } = await gradeSubmission(await loadExercise(slug), handedIn.submissions[0].code, {
      runner: (source, options) => sandbox.run(source, options),
      filename: `${slug}.ts`,
    });
    expect(result.status).toBe("pass");
    expect(result.traceHash).toBe(handedIn.submissions[0].traceHash);
    await waitForText(
      page.locator('[data-assignment-hand-in] [data-role="status"]'),
      `with 1 of ${assignment.exercises.length} exercise(s)`,
      { inner: true, contains: true },
    );
    expect(pageErrors).toEqual([]);
  });

  // Continues from the test above: the page has run and checked code in its worker.
  it("never fetches a hint or a solution, not even in the worker that checks the code", async () => {
    // A failing check whose message would carry a hint with the hints on.
    const starter = read(`exercises/${codeExercises[1]}/starter.ts`);
    await expect(check(page, codeExercises[1], starter)).resolves.not.toBe("pass");
    await expectNoHintNorSolution(await Promise.all(fetched), assignment.exercises, codeExercises[0]);
  });
});

describe("an assignment link's page", () => {
  /** An assignment no file of the site holds, with hints and solutions off. */
  const linked: Assignment = {
    id: "linked-week",
    title: "A week handed out as a link",
    exercises: ["predict-task-times", "two-delays", "gather-factorials"],
    hints: false,
    solutions: false,
    due: "2026-12-20",
    points: 2,
    instructions: "Solve them in order.",
  };
  let linkPage: Page;
  const linkErrors: string[] = [];
  const linkFetched: Promise<string>[] = [];

  beforeAll(async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    recordBodies(context, linkFetched);
    linkPage = await context.newPage();
    linkPage.on("pageerror", (error) => linkErrors.push(error.message));
    await linkPage.goto(await assignmentLink(linked, site));
    await linkPage
      .locator("[data-exercise]")
      .nth(linked.exercises.length - 1)
      .waitFor();
  });

  it("shows the link's title, due date, instructions and exercises in its order", async () => {
    await expect(linkPage.locator("h1").innerText()).resolves.toBe(linked.title);
    await expect(linkPage.locator(".ll-assignment-due time").getAttribute("datetime")).resolves.toBe(
      linked.due,
    );
    await expect(linkPage.getByText(linked.instructions ?? "").isVisible()).resolves.toBe(true);
    const order = await linkPage
      .locator("[data-exercise]")
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-exercise")));
    expect(order).toEqual(linked.exercises);
    await expect(linkPage.locator(".ll-assignment-list li").allInnerTexts()).resolves.toHaveLength(3);
  });

  it("offers neither hints nor solutions, and no payload holds them", async () => {
    await expect(linkPage.locator('[data-action="hint"]').count()).resolves.toBe(0);
    await expect(linkPage.locator('[data-action="solution"]').count()).resolves.toBe(0);
    const payloads = await linkPage
      .locator('script[data-role="payload"]')
      .evaluateAll((nodes) => nodes.map((n) => JSON.parse(n.textContent ?? "{}") as Record<string, unknown>));
    expect(payloads.map((p) => [p.hints, p.solution, p.withoutHints])).toEqual(
      linked.exercises.map(() => [[], undefined, true]),
    );
  });

  it("checks code, and hands in a file with the link's stable id", async () => {
    await expect(check(linkPage, "two-delays", read("exercises/two-delays/solution.ts"))).resolves.toBe(
      "pass",
    );
    await expect(
      check(linkPage, "gather-factorials", read("exercises/gather-factorials/starter.ts")),
    ).resolves.not.toBe("pass");
    const id = await linkId(linked);
    const { filename, file } = await handIn(linkPage, "Ada");
    expect(filename).toBe(`looplab-${id}-Ada.json`);
    expect(file).toMatchObject({ assignment: id, student: "Ada" });
    expect(file.submissions.map((s) => s.exercise).sort()).toEqual(["gather-factorials", "two-delays"]);
    expect(linkErrors).toEqual([]);
  });

  // Continues from the test above: the worker has graded a pass and a failure.
  it("never fetches a hint or a solution of the link's exercises", async () => {
    await expectNoHintNorSolution(await Promise.all(linkFetched), linked.exercises, "two-delays");
  });

  it("applies the link's options: with hints and solutions on, it offers both", async () => {
    const open = await browser.newPage();
    await open.goto(await assignmentLink({ ...linked, hints: true, solutions: true }, site));
    const exercise = open.locator('[data-exercise="two-delays"]');
    await exercise.locator('[data-action="solution"]').waitFor();
    await expect(exercise.locator('[data-action="hint"]').count()).resolves.toBe(1);
    await expect(
      open.locator('[data-exercise="predict-task-times"] [data-action="hint"]').count(),
    ).resolves.toBe(1);
    await open.close();
  });

  it("has no serious accessibility violation once built", async () => {
    await expect(seriousViolations(linkPage)).resolves.toEqual([]);
  });

  it("explains a damaged link instead of showing a blank page", async () => {
    const open = await browser.newPage();
    const errors: string[] = [];
    open.on("pageerror", (error) => errors.push(error.message));
    const link = await assignmentLink(linked, site);
    await open.goto(link.slice(0, -8));
    const alert = open.getByRole("alert");
    await expect(alert.innerText()).resolves.toContain("The assignment link is damaged");
    await expect(open.locator("[data-exercise]").count()).resolves.toBe(0);
    await expect(open.locator('[data-role="hand-in"]').isHidden()).resolves.toBe(true);
    // Only the fragment changes: the page reloads itself for the new link. Read the new page's alert.
    const reloaded = open.waitForEvent("load");
    await open.goto(`${site}assignments/link/#a1.${"A".repeat(40)}`);
    await reloaded;
    await expect(open.getByRole("alert").innerText()).resolves.toContain("damaged");
    expect(errors).toEqual([]);
    await open.close();
  });

  it("names the exercise a link asks for that the course does not have", async () => {
    const open = await browser.newPage();
    await open.goto(await assignmentLink({ ...linked, exercises: ["two-delay"] }, site));
    await expect(open.getByRole("alert").innerText()).resolves.toContain(
      'there is no "two-delay". Did you mean "two-delays"?',
    );
    await open.close();
  });
});

describe("a Korean assignment", () => {
  const korean = JSON.parse(read("assignments/week-1-first-tasks-ko.json")) as Assignment;

  it("has its page under /ko/, with the page's own words in Korean", async () => {
    const open = await browser.newPage();
    await open.goto(`${site}ko/assignments/${korean.id}/`);
    await expect(open.locator("h1").innerText()).resolves.toBe(korean.title);
    await expect(open.locator(".ll-assignment-due").innerText()).resolves.toMatch(/^마감: 2026년 12월 15일/);
    await expect(open.getByRole("heading", { name: "제출하기" }).count()).resolves.toBe(1);
    // The exercises are listed and shown by their Korean titles.
    const titles = await Promise.all(
      korean.exercises.map(async (slug) => localizeExercise(await loadExercise(slug), "ko").title),
    );
    await expect(open.locator(".ll-assignment-list li").allInnerTexts()).resolves.toEqual(titles);
    await expect(open.locator("[data-exercise] .ll-title").allTextContents()).resolves.toEqual(
      titles.map((title) => expect.stringContaining(title)),
    );
    await open.locator('[data-action="hand-in"]').click();
    // The hand-in writes its status once it has read the stored progress.
    await waitForText(
      open.locator('[data-assignment-hand-in] [data-role="status"]'),
      `연습 문제 ${korean.exercises.length}개 가운데 0개`,
      { inner: true, contains: true },
    );
    await expect((await fetch(`${site}assignments/${korean.id}/`)).status).toBe(404);
    await open.close();
  });

  it("opens its link on the Korean link page, even from the English one", async () => {
    const open = await browser.newPage();
    const link = await assignmentLink(korean, site);
    expect(link).toContain("/ko/assignments/link/#a1.");
    await open.goto(link.replace("/ko/assignments/link/", "/assignments/link/"));
    await open
      .locator("[data-exercise]")
      .nth(korean.exercises.length - 1)
      .waitFor();
    expect(new URL(open.url()).pathname.endsWith("/ko/assignments/link/")).toBe(true);
    await expect(open.locator("h1").innerText()).resolves.toBe(korean.title);
    await expect(open.getByRole("heading", { name: "제출하기" }).count()).resolves.toBe(1);
    await open.close();
  });

  it("explains a damaged link in Korean on the Korean link page", async () => {
    const open = await browser.newPage();
    const link = await assignmentLink(korean, site);
    await open.goto(link.slice(0, -8));
    await expect(open.getByRole("alert").innerText()).resolves.toContain("과제 링크가 손상되었습니다.");
    await open.close();
  });

  it("grades on the Korean link page in Korean and, with hints off, never fetches a hint in either language", async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const bodies: Promise<string>[] = [];
    recordBodies(context, bodies);
    const open = await context.newPage();
    const errors: string[] = [];
    open.on("pageerror", (error) => errors.push(error.message));
    const hintless = { ...korean, id: "week-1-ko-no-hints", hints: false };
    await open.goto(await assignmentLink(hintless, site));
    const slug = "two-delays";
    const text = localizeExercise(await loadExercise(slug), "ko");
    const exercise = open.locator(`[data-exercise="${slug}"]`);
    await exercise.waitFor();
    await expect(exercise.locator(".ll-title").textContent()).resolves.toContain(text.title);
    await expect(open.locator(".ll-assignment-list li").allInnerTexts()).resolves.toContain(text.title);
    await expect(open.locator('[data-action="hint"]').count()).resolves.toBe(0);
    // The starter fails: every check's name and every failure's message is Korean.
    await expect(check(open, slug, read(`exercises/${slug}/starter.ts`))).resolves.not.toBe("pass");
    const names = await exercise.locator(".ll-check-name").allTextContents();
    const labels = Object.values(text.checks).map((c) => c.label);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(labels).toContain(name);
    const messages = await exercise.locator(".ll-check--fail .ll-check-message").allTextContents();
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toMatch(/[\uac00-\ud7a3]/);
    await expect(
      check(open, "gather-factorials", read("exercises/gather-factorials/starter.ts")),
    ).resolves.not.toBe("pass");
    await expectNoHintNorSolution(await Promise.all(bodies), hintless.exercises, slug, ["en", "ko"]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
