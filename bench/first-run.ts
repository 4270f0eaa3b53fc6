/**
 * The first Run of a lesson page in Chromium, each sample in a fresh browser context (no HTTP
 * cache, no compiled-code cache): the page loads, Run is clicked as soon as it is enabled, and
 * the time is taken from the click to the output painted. Two cases:
 * - the example as the page shows it, which runs its build-time compilation (the TypeScript
 *   compiler is not loaded: the bench says whether it was);
 * - the example edited first, which the worker compiles (it loads the compiler).
 *
 *   node bench/first-run.ts   (builds the site; `LOOPLAB_E2E_REUSE_BUILD=1` reuses a test build)
 *
 * `npm run bench:site` runs it too.
 */
import { loadavg } from "node:os";
import type { Browser } from "playwright-core";
import { launchChromium } from "../tests/e2e/browser.ts";
import { firstExample } from "../tests/e2e/course.ts";
import { typeCode } from "../tests/e2e/kit.ts";
import { buildTestSite, TEST_BASE } from "../tests/e2e/site-build.ts";
import { serveStatic } from "../tests/e2e/static-server.ts";

const SAMPLES = 3;

interface Sample {
  ms: number;
  /** The part of it in the worker's run request once the sandbox was loaded (compile + run). */
  workerMs: number;
  compilerLoaded: boolean;
}

/** One first Run in a fresh context; `edit` changes the program before the click. */
async function firstRun(browser: Browser, url: string, src: string, edit: string | null): Promise<Sample> {
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
    if (edit !== null) await typeCode(page, playground, edit);
    const { clicked, ran, ms, workerMs } = await playground.evaluate(
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
    // Only a request between the click and the output counts: the editor's language worker loads
    // the compiler on focus, and the sandbox worker loads it after a run, for the next one.
    return { ms, workerMs, compilerLoaded: compilerRequests.some((t) => t >= clicked && t <= ran) };
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
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
    const cases: [string, string | null, number][] = [
      ["unedited (build-time compilation)", null, 300],
      ["edited (compiled in the worker)", `${source}// edited\n`, 800],
    ];
    for (const [label, edit, target] of cases) {
      const samples: Sample[] = [];
      for (let i = 0; i < SAMPLES; i++) samples.push(await firstRun(browser, url, src, edit));
      const ms = median(samples.map((s) => s.ms));
      const loaded = samples.filter((s) => s.compilerLoaded).length;
      const fetched = edit === null ? `; the compiler was requested during ${loaded} of these Runs` : "";
      console.log(
        `  ${label.padEnd(36)} ${ms.toFixed(0)} ms (target ${target} ms: ${ms <= target ? "within" : "OVER"}; ` +
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
