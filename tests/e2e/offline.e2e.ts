/**
 * The course offline and off a plain folder: the service worker keeps every lesson, the sandbox
 * worker, the compiler and the wasm after one visit; a new version waits for the learner's
 * go-ahead; and the build's own `serve.mjs` / `serve.py` serve a copy with nothing but Node or
 * Python.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { launchChromium } from "./browser.ts";
import { firstCodeExercise, firstExample } from "./course.ts";
import { TEST_BASE, TEST_SITE_DIR } from "./site-build.ts";
import { serveStatic } from "./static-server.ts";

const site = inject("siteUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh browser profile with one page. */
async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  return { context, page: await context.newPage() };
}

/**
 * How long precaching may take: the service worker downloads the whole course (every page, the
 * compiler, the wasm, the search index), which takes a while on a busy machine.
 */
const PRECACHE_MS = 120_000;
/** Tests that wait for precaching (once or twice) get time for it beside their own steps. */
const WITH_PRECACHE = { timeout: 2 * PRECACHE_MS };

/**
 * Waits until the service worker has precached the course, controls the page and is activated
 * (`ready` and a controller come while it may still be activating).
 */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated", undefined, {
    timeout: PRECACHE_MS,
  });
}

/** Scrolls a playground into view and waits until the island has taken it over. */
async function ready(playground: Locator): Promise<Locator> {
  await playground.scrollIntoViewIfNeeded();
  await playground
    .locator('[data-action="run"]:not([disabled]), [data-action="check"]:not([disabled])')
    .first()
    .waitFor();
  return playground;
}

/** axe-core's violations inside `selector`. */
async function accessibilityViolations(page: Page, selector: string): Promise<string[]> {
  const { default: axe } = await import("axe-core");
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (include) => {
    const { violations } = await (
      window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: { id: string }[] }> } }
    ).axe.run({ include: [include] });
    return violations.map((violation) => violation.id);
  }, selector);
}

describe("the course offline", WITH_PRECACHE, () => {
  it("after one visit, reloads a lesson, runs an example and checks an exercise with no network, keeping progress", async () => {
    const { context, page } = await freshPage();
    try {
      const example = firstExample();
      const exercise = firstCodeExercise();
      await page.goto(`${site}lessons/${example.lesson.slug}/`);
      await controlled(page);

      await context.setOffline(true);
      await expect(
        page.evaluate(() =>
          fetch("https://example.com/").then(
            () => "online",
            () => "offline",
          ),
        ),
      ).resolves.toBe("offline");
      await page.reload();
      const playground = await ready(page.locator(`[data-example="${example.src}"]`).first());
      await playground.locator('[data-action="run"]').click();
      await expect(playground.locator(".ll-console .ll-out").first().innerText()).resolves.toMatch(
        /^\[\d+\.\d{3}\]/,
      );

      await page.goto(`${site}lessons/${exercise.lesson.slug}/`);
      const card = await ready(page.locator(`[data-exercise="${exercise.slug}"]`));
      await card.locator(".cm-content").click();
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.insertText(exercise.solution);
      await card.locator('[data-action="check"]').click();
      await card.locator('.ll-badge[data-status="pass"]').waitFor();

      await page.reload();
      const again = await ready(page.locator(`[data-exercise="${exercise.slug}"]`));
      await expect(again.locator('.ll-badge[data-status="pass"]').innerText()).resolves.toBe("Passed");
      await page.goto(site);
      await page.locator(`[data-progress-exercise="${exercise.slug}"][data-status="pass"]`).waitFor();
    } finally {
      await context.close();
    }
  });

  it("is installable: the lesson page links a manifest with the course's name and PNG icons", async () => {
    const { context, page } = await freshPage();
    try {
      await page.goto(`${site}lessons/${firstExample().lesson.slug}/`);
      const href = await page.locator('link[rel="manifest"]').getAttribute("href");
      const manifestUrl = new URL(href ?? "", page.url());
      const response = await page.request.get(manifestUrl.href);
      expect(response.ok()).toBe(true);
      const manifest = (await response.json()) as {
        name: string;
        start_url: string;
        display: string;
        icons: { src: string; sizes: string; type: string }[];
      };
      expect(manifest).toMatchObject({ name: "Looplab", display: "standalone" });
      expect(new URL(manifest.start_url, manifestUrl).href).toBe(site);
      const sizes = manifest.icons.map((icon) => icon.sizes);
      expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
      for (const icon of manifest.icons) {
        const png = await page.request.get(new URL(icon.src, manifestUrl).href);
        expect(png.headers()["content-type"]).toBe("image/png");
        const [width, height] = [(await png.body()).readUInt32BE(16), (await png.body()).readUInt32BE(20)];
        expect(`${width}x${height}`).toBe(icon.sizes);
      }
    } finally {
      await context.close();
    }
  });
});

describe("a new version of the course", WITH_PRECACHE, () => {
  it("waits behind a prompt while the old version keeps serving, and takes over only on Reload", async () => {
    // A copy of the build whose service worker is about to change, as after a new deployment.
    const copy = mkdtempSync(join(tmpdir(), "looplab-update-"));
    cpSync(TEST_SITE_DIR, copy, { recursive: true });
    const served = await serveStatic(copy, TEST_BASE);
    const { context, page } = await freshPage();
    try {
      await page.goto(`${served.url}lessons/${firstExample().lesson.slug}/`);
      await controlled(page);
      await expect(page.locator(".ll-update").count()).resolves.toBe(0);

      appendFileSync(join(copy, "sw.js"), "\n// the next version\n");
      await page.reload();
      const prompt = page.locator(".ll-update");
      await expect(prompt.innerText()).resolves.toMatch(/new version of the course/);
      const before = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          waiting: registration?.waiting?.state ?? null,
          controlled: navigator.serviceWorker.controller?.state,
        };
      });
      expect(before).toEqual({ waiting: "installed", controlled: "activated" });
      await expect(accessibilityViolations(page, ".ll-update")).resolves.toEqual([]);

      const reloaded = page.waitForEvent("load");
      await prompt.locator('[data-action="update-reload"]').click();
      await reloaded;
      await controlled(page);
      const after = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration?.waiting ?? null, active: registration?.active?.state };
      });
      expect(after).toEqual({ waiting: null, active: "activated" });
      await expect(page.locator(".ll-update").count()).resolves.toBe(0);
    } finally {
      await context.close();
      await served.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe.each([
  { command: "node", script: "serve.mjs" },
  { command: "python3", script: "serve.py" },
])("$script in the build", WITH_PRECACHE, ({ command, script }) => {
  let server: ChildProcess | undefined;

  afterAll(() => {
    server?.kill();
  });

  it(`serves the built course with \`${command} ${script}\`, and a lesson runs from it`, async () => {
    server = spawn(
      command === "node" ? process.execPath : command,
      [join(TEST_SITE_DIR, script), "--port", "0"],
      {
        cwd: tmpdir(),
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const stdout = server.stdout;
    if (!stdout) throw new Error(`${script} has no stdout`);
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: stdout }).once("line", resolve);
      server?.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
    });
    const url = /http:\/\/\S+/.exec(line)?.[0];
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${TEST_BASE}$`));

    const { context, page } = await freshPage();
    try {
      const { lesson, src } = firstExample();
      await page.goto(new URL("/", url).href);
      expect(page.url()).toBe(url);
      await page.goto(`${url}lessons/${lesson.slug}/`);
      await expect(page.locator("h1").first().innerText()).resolves.toBe(lesson.title);
      const playground = await ready(page.locator(`[data-example="${src}"]`).first());
      await playground.locator('[data-action="run"]').click();
      await expect(playground.locator(".ll-console .ll-out").first().innerText()).resolves.toMatch(
        /^\[\d+\.\d{3}\]/,
      );
      // The service worker works from this address too (a loopback address is a secure context).
      await controlled(page);
    } finally {
      await context.close();
    }
  });
});
