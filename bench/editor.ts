/**
 * The editor's language service: its weight and how soon it answers (`npm run bench:site` runs
 * this after the site benchmark; `node bench/editor.ts` runs it alone).
 *
 * Reports, for a lesson page with a code exercise:
 * - that no language chunk is part of the page's up-front JavaScript, the island or the editor
 *   chunk (they load on the editor's first focus), and the bytes that first focus adds (gzip):
 *   the extension chunk and the language worker (its ES2023 library and the runtime's
 *   declarations), apart from TypeScript's compiler, which it shares with the sandbox worker;
 * - in Chromium, the time from focusing the editor to the first completion list for `asyncio.cre`:
 *   cold (fresh browser profile, nothing cached), warm (page reloaded, files from the HTTP cache,
 *   the worker starts again) and steady (the worker is running: median of several completions).
 *
 * `LOOPLAB_E2E_REUSE_BUILD=1` reuses an existing test build.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { launchChromium } from "../tests/e2e/browser.ts";
import { firstCodeExercise } from "../tests/e2e/course.ts";
import { buildTestSite, TEST_BASE } from "../tests/e2e/site-build.ts";
import { serveStatic } from "../tests/e2e/static-server.ts";

const STEADY_RUNS = 7;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The chunks a file statically imports (`import … from "./x.js"`), by file name. */
function staticImports(dir: string, file: string): string[] {
  const code = readFileSync(join(dir, file), "utf8");
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/gm)].map(
    (m) => m[1] ?? "",
  );
}

/**
 * Milliseconds from focusing the page's first editor to a completion list offering `createTask`,
 * the program replaced by an import of asyncio and `asyncio.cre` typed.
 */
async function focusToCompletion(page: Page): Promise<number> {
  const content = page.locator(".cm-content").first();
  await content.scrollIntoViewIfNeeded();
  // Start the clock in the page, then focus: the first focus is what loads the language service.
  await page.evaluate(() => {
    (window as unknown as { llStarted: number }).llStarted = performance.now();
  });
  await content.focus();
  // Type once the language extensions are installed (their summary line shows): keystrokes made
  // before would not ask for completion, and the learner would type once more.
  await page.locator(".ll-problems").first().waitFor({ timeout: 120_000 });
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText('import * as asyncio from "asyncio";\n\n');
  await page.keyboard.type("asyncio.cre");
  const option = page.locator(".cm-tooltip-autocomplete li", { hasText: "createTask" }).first();
  await option.waitFor({ timeout: 60_000 });
  const elapsed = await page.evaluate(
    () => performance.now() - (window as unknown as { llStarted: number }).llStarted,
  );
  await page.keyboard.press("Escape");
  return elapsed;
}

/** Prints the editor's report for the site built in `dir`. */
export async function benchEditor(dir: string): Promise<void> {
  const astro = readdirSync(join(dir, "_astro"));
  const worker = astro.find((f) => /^language-worker-.*\.js$/.test(f));
  const extension = astro.find((f) => /^extension\.[\w-]+\.js$/.test(f));
  const editor = astro.find((f) => /^editor\.[\w-]+\.js$/.test(f));
  if (!worker || !extension || !editor)
    throw new Error("The build has no language worker or extension chunk.");
  // What the first focus loads: the extension and what it imports beyond the editor chunk.
  const onFocus = new Set([extension, ...staticImports(join(dir, "_astro"), extension)]);
  onFocus.delete(editor);
  const onFocusGzip = [...onFocus].reduce((sum, f) => sum + gzipSize(join(dir, "_astro", f)), 0);
  const editorImports = new Set(staticImports(join(dir, "_astro"), editor));

  const { lesson } = firstCodeExercise();
  const lessonHtml = readFileSync(join(dir, "lessons", lesson.slug, "index.html"), "utf8");
  const inPage = [worker, extension].filter((f) => lessonHtml.includes(f) || editorImports.has(f));

  console.log("Editor language service (loaded on an editor's first focus):");
  console.log(
    `  in the page, island or editor chunk before focus: ${inPage.length === 0 ? "nothing" : inPage.join(", ")}`,
  );
  // The worker's own file, and the chunks it shares with the sandbox worker (TypeScript's compiler).
  const sandboxWorker = astro.find((f) => /^sandbox-worker-.*\.js$/.test(f)) ?? "";
  const shared = new Set(staticImports(join(dir, "_astro"), sandboxWorker));
  const workerChunks = staticImports(join(dir, "_astro"), worker);
  const sharedGzip = workerChunks
    .filter((f) => shared.has(f))
    .reduce((sum, f) => sum + gzipSize(join(dir, "_astro", f)), 0);
  const ownGzip = [worker, ...workerChunks.filter((f) => !shared.has(f))].reduce(
    (sum, f) => sum + gzipSize(join(dir, "_astro", f)),
    0,
  );
  console.log(`  on first focus (gzip): extension ${kb(onFocusGzip)} in ${onFocus.size} file(s)`);
  console.log(
    `                         language worker ${kb(ownGzip)} (its ES2023 library and declarations)`,
  );
  console.log(
    `                         + ${kb(sharedGzip)} shared with the sandbox worker (TypeScript; downloaded once)`,
  );

  const site = await serveStatic(dir, TEST_BASE);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const url = `${site.url}lessons/${lesson.slug}/`;
    const open = async () => {
      await page.goto(url);
      await page.locator(".cm-content").first().scrollIntoViewIfNeeded();
      await page.locator(".cm-content").first().waitFor();
    };
    /** A measurement, or why it could not be made (the rest of the report still prints). */
    const measure = (): Promise<number | string> =>
      focusToCompletion(page).catch(
        (error: unknown) => `not measured (${(error as Error).message.split("\n")[0]})`,
      );
    const show = (value: number | string): string =>
      typeof value === "number" ? `${value.toFixed(0)} ms` : value;
    await open();
    const cold = await measure();
    const steady: number[] = [];
    for (let i = 0; i < STEADY_RUNS; i++) {
      await page.locator("h1").first().click();
      const value = await measure();
      if (typeof value === "number") steady.push(value);
    }
    await open();
    const warm = await measure();
    console.log(`Focus to first completion in Chromium (${lesson.slug}):`);
    console.log(`  cold (fresh profile, nothing cached):        ${show(cold)}`);
    console.log(`  warm (page reloaded, files from the cache):  ${show(warm)}`);
    console.log(
      `  steady (service running, median of ${steady.length}/${STEADY_RUNS}):  ${show(median(steady))}`,
    );
    await context.close();
  } finally {
    await browser.close();
    await site.close();
  }
}

if (import.meta.main) await benchEditor(await buildTestSite());
