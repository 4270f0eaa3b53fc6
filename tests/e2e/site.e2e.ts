/**
 * The course site in a real browser: Debian's Chromium, the built site served under `/looplab/`,
 * the real sandbox worker, wasm, compiler and grader.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { createSandbox, runProgram } from "../../runtime/host/run.ts";
import { loadExercise } from "../../src/exercise-folders/load.ts";
import { gradeSubmission } from "../../src/grader/index.ts";
import type { ProgressFile } from "../../src/progress/progress-file.ts";
import type { Trace } from "../../runtime/trace.ts";
import { launchChromium } from "./browser.ts";
import { firstCodeExercise, firstExample, firstPredict } from "./course.ts";
import { ready, SETTLE_MS, typeCode as typeInto, waitForDraft, waitForText } from "./kit.ts";
import { en } from "../../src/i18n/ui/en.ts";

const typeCode = (playground: Locator, code: string) => typeInto(page, playground, code);

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

/** The trace of the next run in the page (from the island's `looplab:ran` event). */
function nextTrace(): Promise<Trace> {
  return page.evaluate(
    () =>
      new Promise<Trace>((resolve) => {
        document.addEventListener(
          "looplab:ran",
          (event) => resolve((event as CustomEvent<{ trace: Trace }>).detail.trace),
          {
            once: true,
          },
        );
      }),
  );
}

describe("a lesson page under a non-root base", () => {
  it("loads with its styles, sidebar links and scripts under /looplab/", async () => {
    const { lesson } = firstExample();
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${site}lessons/${lesson.slug}/`);
    await expect(page.locator("h1").first().innerText()).resolves.toBe(lesson.title);
    const hrefs = await page
      .locator("nav a[href]")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.filter((href) => href.startsWith("/")).every((href) => href.startsWith("/looplab/"))).toBe(
      true,
    );
    expect(failed).toEqual([]);
  });
});

describe("<Example>", () => {
  it("runs in the browser and prints the same timestamped trace as the Node sandbox", async () => {
    const { lesson, src, source } = firstExample();
    await page.goto(`${site}lessons/${lesson.slug}/`);
    const example = await ready(page.locator(`[data-example="${src}"]`).first());
    const traced = nextTrace();
    await example.locator('[data-action="run"]').click();
    const trace = await traced;
    const expected = await runProgram(source, { filename: src.split("/").pop() });
    expect(JSON.stringify(trace)).toBe(JSON.stringify(expected));

    const lines = await example.locator(".ll-console .ll-out:not(.ll-out--warning)").allInnerTexts();
    const printed = expected.events.filter((e) => e.type === "stdout");
    expect(lines).toEqual(
      printed.map((e) => `[${e.t.toFixed(3)}] ${e.task ?? en.timeline.outside} ${e.text}`),
    );
    await expect(example.locator(".ll-tl-lane").count()).resolves.toBeGreaterThan(0);
    // Lane names are shown whole, not cut off.
    const cut = await example
      .locator(".ll-tl-name")
      .evaluateAll((names) => names.filter((n) => n.scrollWidth > n.clientWidth + 1).length);
    expect(cut).toBe(0);
  });
});

describe("<Exercise>", () => {
  it("fails the starter, passes the solution, and keeps progress and draft across a reload", async () => {
    const { lesson, slug, solution } = firstCodeExercise();
    await page.goto(`${site}lessons/${lesson.slug}/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const exercise = await ready(page.locator(`[data-exercise="${slug}"]`));
    const badge = exercise.locator('[data-role="badge"]');

    await exercise.locator('[data-action="check"]').click();
    await expect(badge.waitFor()).resolves.toBeUndefined();
    await expect(badge.innerText()).resolves.toMatch(/Not yet|Error/);
    const failedChecks = exercise.locator(".ll-check--fail, .ll-result--error");
    await expect(failedChecks.count()).resolves.toBeGreaterThan(0);

    await typeCode(exercise, solution);
    await exercise.locator('[data-action="check"]').click();
    await exercise.locator('.ll-badge[data-status="pass"]').waitFor();
    await expect(exercise.locator(".ll-result--pass").innerText()).resolves.toMatch(/All checks passed/);
    const checks = await exercise.locator(".ll-check").count();
    await expect(exercise.locator(".ll-check--pass").count()).resolves.toBe(checks);
    // The sidebar counts the pass for the lesson.
    await expect(
      page.locator(`nav.sidebar a[data-lesson="${lesson.slug}"] .ll-side-progress`).innerText(),
    ).resolves.toMatch(/1\/\d+$/);
    // The learner can take the code away as the file `course grade` takes.
    const saved = page.waitForEvent("download");
    await exercise.locator('[data-action="download"]').click();
    const code = await saved;
    expect(code.suggestedFilename()).toBe(`${slug}.ts`);
    expect(readFileSync(await code.path(), "utf8")).toBe(solution);

    // A draft that differs from the solution, then a reload.
    await exercise.locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText("\n// my note\n");
    await waitForDraft(page, slug, (draft) => draft?.includes("// my note") ?? false);
    await page.reload();
    const again = await ready(page.locator(`[data-exercise="${slug}"]`));
    await expect(again.locator('.ll-badge[data-status="pass"]').innerText()).resolves.toBe("Passed");
    await expect(again.locator(".cm-content").innerText()).resolves.toContain("// my note");

    await page.goto(site);
    await page.locator(`[data-progress-exercise="${slug}"][data-status="pass"]`).waitFor();
  });

  // Continues from the test above: the exercise is passed in this browser profile.
  it("exports a progress file (named after the student, Unicode intact) that hands in the pass after a later failure, and the CLI re-grades it to the same trace hash", async () => {
    const { lesson, slug, starter } = firstCodeExercise();
    // A later attempt that fails must not replace the pass in the hand-in.
    await page.goto(`${site}lessons/${lesson.slug}/`);
    const exercise = await ready(page.locator(`[data-exercise="${slug}"]`));
    await typeCode(exercise, starter);
    await exercise.locator('[data-action="check"]').click();
    await exercise.locator(".ll-result--fail, .ll-result--error").waitFor();

    await page.goto(`${site}progress/`);
    await page.locator("#ll-student").fill("김민지");
    await page.locator("#ll-student").press("Tab");
    const download = page.waitForEvent("download");
    await page.locator('[data-action="export"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("looplab-progress-김민지.json");
    const path = await file.path();
    const exported = JSON.parse(readFileSync(path, "utf8")) as ProgressFile;
    expect(exported).toMatchObject({ format: "looplab-progress", version: 2, student: "김민지" });
    const submission = exported.submissions.find((s) => s.exercise === slug);
    expect(submission?.result.status).toBe("pass");
    const latest = exported.latest?.find((s) => s.exercise === slug);
    expect(latest?.result.status).not.toBe("pass");
    expect(latest?.code).toBe(starter);
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    expect(submission?.courseVersion).toBe(version);

    // What `npm run course -- grade <bundle.json>` does with it.
    const sandbox = await createSandbox();
    const { result } = await gradeSubmission(await loadExercise(slug), submission?.code ?? "", {
      runner: (source, options) => sandbox.run(source, options),
      filename: `${slug}.ts`,
    });
    expect(result.status).toBe("pass");
    expect(result.traceHash).toBe(submission?.traceHash);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(`${site}progress/`);
    await expect(other.locator(`[data-progress-exercise="${slug}"]`).isHidden()).resolves.toBe(true);
    await other.locator('[data-role="import"]').setInputFiles(path);
    await other.locator('[data-role="status"]', { hasText: "Imported" }).waitFor();
    await other.locator(`[data-progress-exercise="${slug}"][data-status="pass"]`).waitFor();
    await fresh.close();
  });
});

describe("<Predict>", () => {
  it("grades a prediction against the real run, then shows that run", async () => {
    const { lesson, slug, solution } = firstPredict();
    await page.goto(`${site}lessons/${lesson.slug}/`);
    const predict = await ready(page.locator(`[data-exercise="${slug}"]`));
    // Put the lines in the right order with the Move buttons, as a keyboard or phone user would.
    for (let target = 0; target < solution.length; target++) {
      const texts = await predict.locator(".ll-predict-line code").allInnerTexts();
      const from = texts.findIndex((text, index) => index >= target && text === solution[target]?.text);
      expect(from).toBeGreaterThanOrEqual(target);
      for (let at = from; at > target; at--) {
        await predict.locator(".ll-predict-line").nth(at).locator('[data-move="-1"]').click();
      }
    }
    const times = predict.locator(".ll-predict-time");
    if ((await times.count()) > 0) {
      for (const [index, line] of solution.entries()) await times.nth(index).fill(String(line.t ?? ""));
    }
    await predict.locator('[data-action="check"]').click();
    await predict.locator('.ll-badge[data-status="pass"]').waitFor();
    const shown = await predict.locator(".ll-console .ll-out:not(.ll-out--warning) .ll-text").allInnerTexts();
    expect(shown).toEqual(solution.map((line) => line.text));
  });
});

describe("the playground", () => {
  it("ends an infinite loop with a clear message while the page stays responsive", async () => {
    await page.goto(`${site}playground/`);
    const playground = await ready(page.locator("#ll-playground"));
    await typeCode(playground, 'print("start");\nwhile (true) {}\n');
    await playground.locator('[data-action="run"]').click();
    await playground.locator('[data-action="stop"]:visible').waitFor();
    await playground.locator('[data-role="status"]', { hasText: "Running" }).waitFor({ timeout: SETTLE_MS });
    // The main thread is free while the worker spins: the page answers at once.
    const pong = await page.evaluate(
      () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(1))),
    );
    expect(pong).toBe(1);
    const error = playground.locator(".ll-error");
    // The counted CPU budget ends it (or, on a very busy machine, the real-time backstop): how
    // long that takes is the machine's business, so only the message is checked.
    await error.waitFor({ timeout: 60_000 });
    await expect(error.innerText()).resolves.toMatch(/ran (too long|for more than)/i);

    await typeCode(playground, 'print("still alive");\n');
    await playground.locator('[data-action="run"]').click();
    await playground.locator(".ll-console .ll-text", { hasText: "still alive" }).waitFor();
  }, 150_000);

  it("stops a running program on request, keeping what it printed; a shared link opens the program and runs it on click", async () => {
    await page.goto(`${site}playground/`);
    const playground = await ready(page.locator("#ll-playground"));
    await typeCode(playground, 'print("before the loop");\nwhile (true) {}\n');
    await playground.locator('[data-action="run"]').click();
    await playground.locator('[data-role="status"]', { hasText: "Running" }).waitFor();
    await playground.locator('[data-action="stop"]:visible').click();
    // What it printed before the Stop stays.
    await playground.locator(".ll-error", { hasText: "You stopped the program" }).waitFor();
    await expect(playground.locator(".ll-console .ll-text").allInnerTexts()).resolves.toEqual([
      "before the loop",
    ]);

    await typeCode(playground, 'print("shared", 42);\n');
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await playground.locator('[data-action="share"]').click();
    const link = await playground.locator(".ll-share-url").inputValue();
    expect(link).toMatch(/\/looplab\/playground\/#code=/);
    const other = await context.newPage();
    await other.goto(link);
    const shared = await ready(other.locator("#ll-playground"));
    // The link's program replaces the editor's text once it is decoded, after the buttons are ready.
    await waitForText(shared.locator(".cm-content"), 'print("shared", 42);', { inner: true, contains: true });
    await expect(shared.locator(".cm-content").innerText()).resolves.toContain('print("shared", 42);');
    // Opening the link runs nothing: the reader decides.
    await shared.locator(".ll-notice--shared").waitFor();
    await expect(shared.locator(".ll-console").count()).resolves.toBe(0);
    await shared.locator('[data-action="run"]').click();
    await shared.locator(".ll-console .ll-text", { hasText: "shared 42" }).waitFor();
    await other.close();
  });
});

describe("search", () => {
  it("finds a lesson by a word of its title", async () => {
    const { lesson } = firstExample();
    await page.goto(site);
    await page.locator("site-search button[data-open-modal]").first().click();
    const word = lesson.title.split(/\W+/).find((w) => w.length > 3) ?? lesson.title;
    await page.locator("site-search input").fill(word);
    const result = page.locator(`site-search a[href*="/looplab/lessons/${lesson.slug}/"]`).first();
    await result.waitFor({ timeout: SETTLE_MS });
    expect(pageErrors).toEqual([]);
  });
});
