/**
 * The first Run of a lesson page in Chromium, each sample in a fresh browser context (no HTTP
 * cache, no compiled-code cache): the page loads, Run is clicked as soon as it is enabled, and
 * the time is taken from the click to the output painted. The cases:
 * - the example as the page shows it, which runs its build-time compilation (the TypeScript
 *   compiler is not loaded: the bench says whether it was);
 * - the example edited just before the click, which the compiler worker compiles;
 * - the example edited, then 2 s of idle before the click (a learner reading their change);
 * - warm: in the same page after that first Run, edited again and Run (the compiler has loaded).
 *
 *   node bench/first-run.ts   (builds the site; `LOOPLAB_E2E_REUSE_BUILD=1` reuses a test build;
 *                              `LOOPLAB_BENCH_SAMPLES=n` takes n samples per case, default 3)
 *
 * `npm run bench:site` runs it too.
 */
import { loadavg } from "node:os";
import type { Browser, Locator } from "playwright-core";
import { launchChromium } from "../tests/e2e/browser.ts";
import { firstExample } from "../tests/e2e/course.ts";
import { typeCode } from "../tests/e2e/kit.ts";
import { buildTestSite, TEST_BASE } from "../tests/e2e/site-build.ts";
import { serveStatic } from "../tests/e2e/static-server.ts";
import { median } from "./measure.ts";

const SAMPLES = Number(process.env.LOOPLAB_BENCH_SAMPLES ?? 3);
/** The idle time between the edit and the click in the "after idle" case. */
const IDLE_MS = 2000;

interface Sample {
  ms: number;
  /** The part of it in the worker's run request once the sandbox was loaded (compile + run). */
  workerMs: number;
  compilerLoaded: boolean;
}

/** How a sample gets to its click. */
interface Case {
  /** The program typed before the click, or null to run the example as shown. */
  edit: string | null;
  /** Idle time between typing and the click. */
  idleMs: number;
  /** Measure a second Run in the same page instead (of `edit` edited again). */
  warm: boolean;
}

/** Clicks the playground's Run and measures until the output is painted. */
function clickRun(
  playground: Locator,
): Promise<{ clicked: number; ran: number; ms: number; workerMs: number }> {
  return playground.evaluate(
    (root) =>
      new Promise<{ clicked: number; ran: number; ms: number; workerMs: number }>((resolve) => {
        const started = performance.now();
        root.addEventListener(
          "looplab:ran",
          (event) => {
            const ran = performance.timeOrigin + performance.now();
            const workerMs = (event as CustomEvent<{ runMs: number }>).detail.runMs;
            requestAnimationFrame(() =>
              resolve({
                clicked: performance.timeOrigin + started,
                ran,
                ms: performance.now() - started,
                workerMs,
              }),
            );
          },
          { once: true },
        );
        root.querySelector<HTMLButtonElement>('[data-action="run"]')?.click();
      }),
  );
}

/** One sample of `kind` in a fresh context. */
async function firstRun(browser: Browser, url: string, src: string, kind: Case): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    // When the compiler's chunk was requested (ms since the epoch, as the page's clock reads).
    const compilerRequests: number[] = [];
    context.on("request", (request) => {
      if (/\/typescript-[^/]*\.js$/.test(request.url())) compilerRequests.push(Date.now());
    });
    const page = await context.newPage();
    await page.goto(url);
    const playground = page.locator(`[data-example="${src}"]`).first();
    await playground.scrollIntoViewIfNeeded();
    await playground.locator('[data-action="run"]:not([disabled])').waitFor();
    const { edit, idleMs, warm } = kind;
    if (edit !== null) await typeCode(page, playground, edit);
    if (idleMs > 0) await page.waitForTimeout(idleMs);
    let run = await clickRun(playground);
    if (warm && edit !== null) {
      await typeCode(page, playground, `${edit}// edited again\n`);
      run = await clickRun(playground);
    }
    const { clicked, ran, ms, workerMs } = run;
    // Only a request between the click and the output counts: the editor's language worker loads
    // the compiler on focus, and the compiler worker loads it once the page is idle.
    return { ms, workerMs, compilerLoaded: compilerRequests.some((t) => t >= clicked && t <= ran) };
  } finally {
    await context.close();
  }
}

/** Prints the first-Run rows for the site served at `siteUrl` (ending in the base path). */
export async function benchFirstRun(siteUrl: string): Promise<void> {
  const { lesson, src, source } = firstExample();
  const url = `${siteUrl}lessons/${lesson.slug}/`;
  const browser = await launchChromium();
  try {
    console.log(
      `First Run in Chromium (${src}), fresh context each, click to output painted, median of ${SAMPLES} ` +
        `(load average ${loadavg()[0].toFixed(1)}):`,
    );
    const edited = `${source}// edited\n`;
    const cases: [string, Case, number | null][] = [
      ["unedited (build-time compilation)", { edit: null, idleMs: 0, warm: false }, 300],
      ["edited, Run right after typing", { edit: edited, idleMs: 0, warm: false }, 800],
      [`edited, Run after ${IDLE_MS / 1000} s idle`, { edit: edited, idleMs: IDLE_MS, warm: false }, 800],
      ["warm (edited again, Run again)", { edit: edited, idleMs: 0, warm: true }, null],
    ];
    for (const [label, kind, target] of cases) {
      const samples: Sample[] = [];
      for (let i = 0; i < SAMPLES; i++) samples.push(await firstRun(browser, url, src, kind));
      const ms = median(samples.map((s) => s.ms));
      const loaded = samples.filter((s) => s.compilerLoaded).length;
      const fetched = kind.edit === null ? `; the compiler was requested during ${loaded} of these Runs` : "";
      console.log(
        `  ${label.padEnd(36)} ${ms.toFixed(0)} ms (` +
          (target === null ? "" : `target ${target} ms: ${ms <= target ? "within" : "OVER"}; `) +
          `runs ${samples.map((s) => `${s.ms.toFixed(0)} (${s.workerMs} in the worker's run)`).join(", ")}${fetched})`,
      );
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.main) {
  const site = await serveStatic(await buildTestSite(), TEST_BASE);
  try {
    await benchFirstRun(site.url);
  } finally {
    await site.close();
  }
}
