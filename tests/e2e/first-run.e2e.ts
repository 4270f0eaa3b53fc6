/**
 * The first Run of a program the learner has not edited runs its build-time compilation: it needs
 * no TypeScript compiler in the browser, and it gives exactly the trace that compiling the same
 * program in the browser gives (same output, times, tasks and line numbers). Every example of the
 * first lesson, and its exercise starter, run once with the compiler's chunk blocked and
 * once with the precompiled programs' chunks blocked (the worker then compiles them itself).
 *
 * The sandbox worker a lesson page starts as a playground nears the viewport is the one its Runs
 * use. An edited program is compiled by the page's compiler worker, which a Stop does not
 * terminate, and whose failure to load the compiler the Run reports instead of waiting for ever.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Locator, Page, Worker } from "playwright-core";
import type { Trace } from "../../runtime/trace.ts";
import { launchChromium } from "./browser.ts";
import { firstCodeExercise, firstExample } from "./course.ts";
import { ready, typeCode } from "./kit.ts";

const site = inject("siteUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The compiler's chunk (shared by the sandbox and language workers). */
const COMPILER_CHUNK = /\/_astro\/typescript-[^/]*\.js$/;
/** The compiler worker's own script. */
const COMPILER_WORKER = /\/_astro\/compiler-worker-[^/]*\.js$/;
/** A precompiled program's chunk: named by its 14-hex-digit key. */
const PRECOMPILED_CHUNK = /\/_astro\/[0-9a-f]{14}-[^/]*\.js$/;

/** Clicks the playground's Run and resolves with the trace it shows. */
function runFor(playground: Locator): Promise<Trace> {
  return playground.evaluate(
    (root) =>
      new Promise<Trace>((resolve) => {
        root.addEventListener(
          "looplab:ran",
          (event) => resolve((event as CustomEvent<{ trace: Trace }>).detail.trace),
          {
            once: true,
          },
        );
        root.querySelector<HTMLButtonElement>('[data-action="run"]')?.click();
      }),
  );
}

/** The traces of the playgrounds `selectors` on `path`, Run one after the other, with `blocked` requests failing. */
async function tracesWith(
  blocked: RegExp,
  path: string,
  selectors: string[],
): Promise<{ traces: Trace[]; blockedUrls: string[] }> {
  const context = await browser.newContext();
  const blockedUrls: string[] = [];
  await context.route(blocked, (route) => {
    blockedUrls.push(route.request().url());
    return route.abort();
  });
  try {
    const page: Page = await context.newPage();
    await page.goto(`${site}${path}`);
    const traces: Trace[] = [];
    for (const selector of selectors) {
      const playground = page.locator(selector).first();
      await playground.scrollIntoViewIfNeeded();
      await playground.locator('[data-action="run"]:not([disabled])').waitFor();
      traces.push(await runFor(playground));
    }
    return { traces, blockedUrls };
  } finally {
    await context.close();
  }
}

/** Both ways of running the same unedited programs: precompiled, and compiled in the browser. */
async function compare(path: string, selectors: string[]): Promise<void> {
  // A Run that needed the compiler here would fail: its chunk cannot load.
  const precompiled = await tracesWith(COMPILER_CHUNK, path, selectors);
  const compiled = await tracesWith(PRECOMPILED_CHUNK, path, selectors);
  // The precompiled chunks were really refused the second time, so the worker compiled.
  expect(compiled.blockedUrls.length).toBeGreaterThan(0);
  for (const [i, trace] of precompiled.traces.entries()) {
    expect(trace.events.length, selectors[i]).toBeGreaterThan(0);
    expect(JSON.stringify(trace), selectors[i]).toBe(JSON.stringify(compiled.traces[i]));
  }
}

describe("the first Run of an unedited program", () => {
  it("runs the first lesson's examples and exercise starter without the compiler, with the trace compiling gives", async () => {
    const { lesson } = firstExample();
    const examples = [...lesson.text.matchAll(/<Example\s+src="([^"]+)"/g)].map(
      (m) => `[data-example="${m[1]}"]`,
    );
    const exercise = firstCodeExercise();
    expect(examples.length).toBeGreaterThan(0);
    const selectors =
      exercise.lesson.slug === lesson.slug ? [...examples, `[data-exercise="${exercise.slug}"]`] : examples;
    await compare(`lessons/${lesson.slug}/`, selectors);
  }, 180_000);
});

describe("the sandbox worker a lesson page starts early", () => {
  it("runs the first Run, and the edited Runs after it, as the one worker of the page", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const sandboxWorkers: Worker[] = [];
      page.on("worker", (worker) => {
        if (worker.url().includes("/sandbox-worker-")) sandboxWorkers.push(worker);
      });
      const { lesson, src } = firstExample();
      await page.goto(`${site}lessons/${lesson.slug}/`);
      const playground = page.locator(`[data-example="${src}"]`).first();
      await playground.scrollIntoViewIfNeeded();
      await playground.locator('[data-action="run"]:not([disabled])').waitFor();
      const first = await runFor(playground);
      expect(first.ok).toBe(true);
      expect(first.events.length).toBeGreaterThan(0);
      await typeCode(page, playground, 'print("edited");\n');
      const edited = await runFor(playground);
      expect(edited.events.filter((event) => event.type === "stdout").map((event) => event.text)).toEqual([
        "edited",
      ]);
      // One worker for both Runs: the page adopted the one it started, and started no other.
      expect(sandboxWorkers).toHaveLength(1);
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe("the compiler worker", () => {
  it("outlives a Stop: the stopped program's replay and the next edited Run compile in the same worker", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const workers: Worker[] = [];
      page.on("worker", (worker) => workers.push(worker));
      await page.goto(`${site}playground/`);
      const playground = await ready(page.locator("#ll-playground"));
      await typeCode(page, playground, 'print("before the loop");\nwhile (true) {}\n');
      await playground.locator('[data-action="run"]').click();
      await playground.locator('[data-role="status"]', { hasText: "Running" }).waitFor();
      await playground.locator('[data-action="stop"]:visible').click();
      await playground.locator(".ll-error", { hasText: "You stopped the program" }).waitFor();
      await expect(playground.locator(".ll-console .ll-text").allInnerTexts()).resolves.toEqual([
        "before the loop",
      ]);
      await typeCode(page, playground, 'print("after the Stop");\n');
      await playground.locator('[data-action="run"]').click();
      await playground.locator(".ll-console .ll-text", { hasText: "after the Stop" }).waitFor();
      const named = (name: string) => workers.filter((worker) => worker.url().includes(`/${name}-`));
      // The Stop terminated the sandbox worker that ran the loop; the replay ran in a new one.
      expect(named("sandbox-worker").length).toBeGreaterThanOrEqual(2);
      expect(named("compiler-worker")).toHaveLength(1);
    } finally {
      await context.close();
    }
  }, 60_000);

  it.each([
    ["whose compiler cannot load", COMPILER_CHUNK],
    ["whose compiler worker cannot start", COMPILER_WORKER],
  ])(
    "reports an edited Run %s as the sandbox's failure, and an unedited Run still runs",
    async (_, blocked) => {
      const { lesson, src, source } = firstExample();
      const context = await browser.newContext();
      await context.route(blocked, (route) => route.abort());
      try {
        const page = await context.newPage();
        await page.goto(`${site}lessons/${lesson.slug}/`);
        const playground = await ready(page.locator(`[data-example="${src}"]`).first());
        await typeCode(page, playground, `${source}// edited\n`);
        await playground.locator('[data-action="run"]').click();
        await playground
          .locator(".ll-error-title", { hasText: "The sandbox failed (this is not your code's fault)" })
          .waitFor();
        await typeCode(page, playground, source);
        const trace = await runFor(playground);
        expect(trace.events.length).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});
