/**
 * Page weight and Run latency of the course site (`npm run bench:site`).
 *
 * Builds the site under `/looplab/` (as the end-to-end tests do), then reports:
 * - the JavaScript a lesson page loads before any interaction (its module scripts and their static
 *   imports), gzip-compressed — the budget is 30 KB;
 * - the lazy chunks: the island (when a playground nears the viewport), the editor, the sandbox
 *   worker with the compiler and runtime, and the QuickJS wasm;
 * - in Chromium, the time from a Run click to the output on screen: the first Run in a fresh
 *   browser context, unedited and edited (bench/first-run.ts), and warm (the worker is loaded);
 * - the console with 50,000 printed lines: click to output painted, and how long the page then
 *   takes to answer (a frame after a click on "Show more");
 * - Lighthouse's mobile performance score of the lesson page (median of `LIGHTHOUSE_RUNS`, with
 *   its simulated slow-4G network and 4× slower CPU), the budget being 95.
 *
 * `LOOPLAB_E2E_REUSE_BUILD=1` reuses an existing test build.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_PATH, launchChromium } from "../tests/e2e/browser.ts";
import { benchFirstRun } from "./first-run.ts";
import { firstExample } from "../tests/e2e/course.ts";
import { typeCode } from "../tests/e2e/kit.ts";
import { buildTestSite, TEST_BASE } from "../tests/e2e/site-build.ts";
import { serveStatic } from "../tests/e2e/static-server.ts";

const BUDGET_KB = 30;
const WARM_RUNS = 10;
const LIGHTHOUSE_RUNS = 3;
const LIGHTHOUSE_BUDGET = 95;
const CONSOLE_LINES = 50_000;

const dir = await buildTestSite();
const { lesson, src } = firstExample();

/** A file of the build by its URL path (`/looplab/_astro/x.js`). */
function fileOf(urlPath: string): string {
  return join(dir, urlPath.slice(TEST_BASE.length));
}

function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Module graph of a chunk: its static imports (loaded with it) and its dynamic ones (lazy). */
function imports(urlPath: string): { statics: string[]; dynamics: string[] } {
  const code = readFileSync(fileOf(urlPath), "utf8");
  const resolve = (spec: string) => new URL(spec, `http://x${urlPath}`).pathname;
  const statics = [
    ...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/gm),
  ].map((m) => resolve(m[1] ?? ""));
  const dynamics = [...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) =>
    resolve(m[1] ?? ""),
  );
  return { statics, dynamics };
}

/** The chunk and everything it statically imports. */
function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const next = queue.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...imports(next).statics);
  }
  return seen;
}

// --- Up-front JavaScript of the lesson page ------------------------------------------------------
const lessonPath = `${TEST_BASE}lessons/${lesson.slug}/`;
const html = readFileSync(join(fileOf(lessonPath), "index.html"), "utf8");
const scriptSrcs = [...html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map(
  (m) => m[1] ?? "",
);
// Inline scripts (Starlight's theme and sidebar bootstrap), not the JSON data of the playgrounds.
const inlineModules = [
  ...html.matchAll(/<script(?![^>]*\b(?:src|type="application\/json")=?)[^>]*>([\s\S]*?)<\/script>/g),
].map((m) => m[1] ?? "");
const inlineImports = inlineModules.flatMap((code) =>
  [...code.matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1] ?? ""),
);
const upFront = closure([...scriptSrcs, ...inlineImports].filter((s) => s.startsWith(TEST_BASE)));
const inlineBytes = gzipSync(inlineModules.join("\n"), { level: 9 }).length;
let upFrontGzip = inlineBytes;
for (const chunk of upFront) upFrontGzip += gzipSize(fileOf(chunk));

// --- Lazy chunks ------------------------------------------------------------------------------------
const lazyRoots = [...upFront].flatMap((chunk) => imports(chunk).dynamics).filter((c) => !upFront.has(c));
const islandChunk = lazyRoots.find((c) => /\/island\.[\w-]+\.js$/.test(c));
const island = islandChunk ? closure([islandChunk]) : new Set<string>();
for (const chunk of upFront) island.delete(chunk);
const islandDynamics = [...island].flatMap((chunk) => imports(chunk).dynamics);
const editorChunk = islandDynamics.find((c) => /\/editor\.[\w-]+\.js$/.test(c));
const editor = editorChunk ? closure([editorChunk]) : new Set<string>();
for (const chunk of [...upFront, ...island]) editor.delete(chunk);
const sum = (chunks: Iterable<string>) => [...chunks].reduce((total, c) => total + gzipSize(fileOf(c)), 0);

const astroFiles = readdirSync(join(dir, "_astro"));
const workerFile = astroFiles.find((f) => /^sandbox-worker-.*\.js$/.test(f));
const wasmFile = astroFiles.find((f) => f.endsWith(".wasm"));
const workerGzip = workerFile ? sum(closure([`${TEST_BASE}_astro/${workerFile}`])) : 0;
const wasmGzip = wasmFile ? gzipSize(join(dir, "_astro", wasmFile)) : 0;

console.log(`Lesson page: ${lessonPath}`);
console.log(
  `  JavaScript before interaction: ${kb(upFrontGzip)} gzip in ${upFront.size} file(s) + inline (budget ${BUDGET_KB} KB: ${
    upFrontGzip <= BUDGET_KB * 1024 ? "within" : "OVER"
  })`,
);
console.log("Lazy chunks (gzip):");
console.log(`  island (playground nears the viewport): ${kb(sum(island))} in ${island.size} file(s)`);
console.log(`  editor (CodeMirror 6):                  ${kb(sum(editor))} in ${editor.size} file(s)`);
console.log(`  sandbox worker (compiler + runtime):    ${kb(workerGzip)}`);
console.log(`  QuickJS wasm:                           ${kb(wasmGzip)}`);

// --- Run latency in Chromium -------------------------------------------------------------------------
const site = await serveStatic(dir, TEST_BASE);
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}lessons/${lesson.slug}/`);
  const selector = `[data-example="${src}"]`;
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.locator(`${selector} [data-action="run"]:not([disabled])`).first().waitFor();
  /**
   * Clicks Run; resolves with the milliseconds until the output is painted, and the part of it
   * spent inside the worker (compile + sandbox run).
   */
  const timeRun = () =>
    page.evaluate(
      (sel) =>
        new Promise<{ total: number; worker: number }>((resolve) => {
          const run = document.querySelector<HTMLButtonElement>(`${sel} [data-action="run"]`);
          const started = performance.now();
          document.addEventListener(
            "looplab:ran",
            (event) => {
              const { runMs } = (event as CustomEvent<{ runMs: number }>).detail;
              requestAnimationFrame(() => resolve({ total: performance.now() - started, worker: runMs }));
            },
            { once: true },
          );
          run?.click();
        }),
      selector,
    );
  // The first Run loads the worker (benchFirstRun measures it, each sample in a fresh context).
  await timeRun();
  const warm: { total: number; worker: number }[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(await timeRun());
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const warmTotal = median(warm.map((w) => w.total));
  const warmWorker = median(warm.map((w) => w.worker));
  console.log(`Run latency in Chromium (${src}), click to output painted:`);
  console.log(
    `  warm (median of ${WARM_RUNS}):                                     ${warmTotal.toFixed(1)} ms (target 50 ms: ${
      warmTotal <= 50 ? "within" : "OVER"
    }); of which in the worker (compile + sandbox): ${warmWorker} ms`,
  );

  // --- A console with 50,000 lines ---------------------------------------------------------------
  await page.goto(`${site.url}playground/`);
  const playground = page.locator("#ll-playground");
  await playground.locator('[data-action="run"]:not([disabled])').waitFor();
  // One print of 50,000 lines: 50,000 console lines from a run short enough for the time limit.
  await typeCode(
    page,
    playground,
    `print(Array.from({ length: ${CONSOLE_LINES} }, (_, i) => \`line \${i}\`).join("\\n"));\n`,
  );
  const big = await page.evaluate(
    () =>
      new Promise<{ total: number; worker: number; shown: number; moreMs: number }>((resolve) => {
        const root = document.querySelector<HTMLElement>("#ll-playground");
        const started = performance.now();
        root?.addEventListener(
          "looplab:ran",
          (event) => {
            const { runMs } = (event as CustomEvent<{ runMs: number }>).detail;
            requestAnimationFrame(() => {
              const total = performance.now() - started;
              const shown = root.querySelectorAll(".ll-console .ll-out").length;
              const clicked = performance.now();
              root.querySelector<HTMLButtonElement>(".ll-console-more button")?.click();
              requestAnimationFrame(() =>
                resolve({ total, worker: runMs, shown, moreMs: performance.now() - clicked }),
              );
            });
          },
          { once: true },
        );
        root?.querySelector<HTMLButtonElement>('[data-action="run"]')?.click();
      }),
  );
  console.log(`Console with ${CONSOLE_LINES.toLocaleString("en")} lines (playground):`);
  console.log(
    `  click to output painted: ${big.total.toFixed(0)} ms (of which in the worker: ${big.worker} ms); ` +
      `${big.shown} lines rendered; "Show 1,000 more" to next frame: ${big.moreMs.toFixed(0)} ms`,
  );
  await context.close();
} finally {
  await browser.close();
}

await benchFirstRun(site.url);

// --- Lighthouse, mobile ------------------------------------------------------------------------------
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
try {
  const runs: { score: number; fcp: number; lcp: number; tbt: number; cls: number }[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const result = await lighthouse(`${site.url}lessons/${lesson.slug}/`, {
      port: chrome.port,
      output: "json",
      onlyCategories: ["performance"],
      logLevel: "error",
    });
    if (!result) throw new Error("Lighthouse returned no result");
    const { audits, categories } = result.lhr;
    runs.push({
      score: Math.round((categories.performance?.score ?? 0) * 100),
      fcp: audits["first-contentful-paint"]?.numericValue ?? 0,
      lcp: audits["largest-contentful-paint"]?.numericValue ?? 0,
      tbt: audits["total-blocking-time"]?.numericValue ?? 0,
      cls: audits["cumulative-layout-shift"]?.numericValue ?? 0,
    });
  }
  runs.sort((a, b) => a.score - b.score);
  const mid = runs[Math.floor(runs.length / 2)];
  if (mid) {
    console.log(`Lighthouse mobile performance (${lessonPath}, median of ${LIGHTHOUSE_RUNS}):`);
    console.log(
      `  score ${mid.score} (budget ${LIGHTHOUSE_BUDGET}: ${mid.score >= LIGHTHOUSE_BUDGET ? "within" : "UNDER"}; ` +
        `runs ${runs.map((r) => r.score).join(", ")}); FCP ${(mid.fcp / 1000).toFixed(1)} s, ` +
        `LCP ${(mid.lcp / 1000).toFixed(1)} s, TBT ${mid.tbt.toFixed(0)} ms, CLS ${mid.cls.toFixed(3)}`,
    );
  }
} finally {
  await chrome.kill();
  await site.close();
}

await (await import("./editor.ts")).benchEditor(dir);
