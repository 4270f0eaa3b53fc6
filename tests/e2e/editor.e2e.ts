/**
 * The editor's language service in a real browser: completion, diagnostics with their line and
 * summary, hover docs and signature help from the runtime's declarations, loaded on first focus;
 * Run works whatever the type checker thinks. On a desktop and on a phone-sized viewport.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import type { Trace } from "../../runtime/trace.ts";
import { launchChromium } from "./browser.ts";
import { firstCodeExercise } from "./course.ts";
import { en } from "../../src/i18n/ui/en.ts";

const site = inject("siteUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The playground page's editor, after the island took it over. */
async function openPlayground(page: Page): Promise<Locator> {
  await page.goto(`${site}playground/`);
  const playground = page.locator("[data-playground]").first();
  await playground.locator('[data-action="run"]:not([disabled])').waitFor();
  return playground;
}

/** Replaces the editor's text, as pasting would. */
async function setCode(page: Page, playground: Locator, code: string): Promise<void> {
  await playground.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
}

/** The trace of the next Run. */
function nextTrace(page: Page): Promise<Trace> {
  return page.evaluate(
    () =>
      new Promise<Trace>((resolve) => {
        document.addEventListener(
          "looplab:ran",
          (event) => resolve((event as CustomEvent<{ trace: Trace }>).detail.trace),
          { once: true },
        );
      }),
  );
}

/** A generous backstop for what the language worker answers (it type-checks on a shared machine). */
const WAIT = { timeout: 30_000 };
/**
 * A backstop for the worker's first answer of a page, which comes after it has loaded TypeScript
 * and the runtime's declarations: on a busy machine, longer than any later answer.
 */
const FIRST_ANSWER = { timeout: 90_000 };
/** The summary's sentence until the worker has checked the code once. */
const CHECKING = en.language.checking;

const PROGRAM = `import * as asyncio from "asyncio";

async function main() {
  await asyncio.sleep(1);
  print("done");
}

asyncio.run(main());
`;

for (const device of [
  { name: "desktop", viewport: { width: 1200, height: 900 }, isMobile: false, hasTouch: false },
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
]) {
  describe(`the editor's language service (${device.name})`, { timeout: 120_000 }, () => {
    let context: BrowserContext;
    let page: Page;
    let playground: Locator;
    const pageErrors: string[] = [];
    const workers: string[] = [];

    beforeAll(async () => {
      context = await browser.newContext({
        viewport: device.viewport,
        isMobile: device.isMobile,
        hasTouch: device.hasTouch,
      });
      page = await context.newPage();
      page.on("pageerror", (error) => pageErrors.push(error.message));
      page.on("worker", (worker) => workers.push(worker.url()));
      playground = await openPlayground(page);
    });

    afterAll(async () => {
      await context?.close();
    });

    it("loads the language worker on the editor's first focus, not with the page", async () => {
      expect(workers.filter((url) => /language-worker/.test(url))).toEqual([]);
      await playground.locator(".cm-content").click();
      await expect.poll(() => workers.filter((url) => /language-worker/.test(url)).length, WAIT).toBe(1);
      // Its first answer, which the later tests then need not wait for.
      const summary = playground.locator('.ll-problems [role="status"]');
      await expect.poll(() => summary.innerText(), FIRST_ANSWER).not.toBe(CHECKING);
    });

    it("offers createTask after typing asyncio.cre", async () => {
      await setCode(page, playground, `${PROGRAM}\n`);
      await page.keyboard.type("asyncio.cre");
      const option = playground.locator(".cm-tooltip-autocomplete li", { hasText: "createTask" });
      await option.first().waitFor();
      await expect(option.first().innerText()).resolves.toContain("createTask");
      await page.keyboard.press("Escape");
    });

    it("underlines a misspelt name on its line, with a hint, and says so in the summary", async () => {
      await setCode(page, playground, PROGRAM.replace("asyncio.sleep(1)", "asyncio.slep(1)"));
      const summary = playground.locator('.ll-problems [role="status"]');
      await expect
        .poll(() => summary.innerText(), WAIT)
        .toBe("1 type error, on line 4. The program still runs.");
      await expect(summary.getAttribute("aria-live")).resolves.toBe("polite");
      const marked = playground.locator(".cm-line", { has: page.locator(".cm-lintRange-error") });
      await expect(marked.innerText()).resolves.toContain("asyncio.slep(1)");
      // The list of problems, reachable from the keyboard.
      await page.keyboard.press("ControlOrMeta+Shift+M");
      const panel = playground.locator(".cm-panel.cm-panel-lint [role=listbox]");
      await panel.waitFor();
      await expect(panel.innerText()).resolves.toMatch(
        /Property 'slep' does not exist[\s\S]*Hint: asyncio has no `slep`: check the spelling \(`sleep`\?\)/,
      );
      await page.keyboard.press("Escape");
    });

    it("has no accessibility violations in its summary, problem list, gutter and completion", async () => {
      await setCode(page, playground, PROGRAM.replace("asyncio.sleep(1)", "asyncio.slep(1)"));
      await expect
        .poll(() => playground.locator('.ll-problems [role="status"]').innerText(), WAIT)
        .toMatch(/^1 type error/);
      await page.keyboard.press("ControlOrMeta+Shift+M");
      await playground.locator(".cm-panel-lint").waitFor();
      await playground.locator(".cm-content").click();
      await page.keyboard.press("ControlOrMeta+End");
      await page.keyboard.type("\nasyncio.cre");
      await page.locator(".cm-tooltip-autocomplete").waitFor();
      const { default: axe } = await import("axe-core");
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: {
              run: (c: unknown) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }>;
            };
          }
        ).axe.run({ include: [[".ll-problems"], [".cm-panel-lint"], [".cm-tooltip"], [".cm-gutter-lint"]] });
        return result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 80)).join(" | ")}`,
        );
      });
      expect(violations).toEqual([]);
      await page.keyboard.press("Escape");
    });

    it("still runs a program with a type error", async () => {
      await setCode(page, playground, `const n: number = "not a number";\nprint(n);\n`);
      await expect.poll(() => playground.locator(".cm-lintRange-error").count(), WAIT).toBeGreaterThan(0);
      const trace = nextTrace(page);
      await playground.locator('[data-action="run"]').click();
      const ran = await trace;
      expect(ran.error).toBeNull();
      expect(ran.events.filter((e) => e.type === "stdout").map((e) => e.text)).toEqual(["not a number"]);
    });

    it("shows gather's doc on hover", async () => {
      await setCode(page, playground, `import * as asyncio from "asyncio";\nasyncio.gather();\n`);
      const gather = playground.locator(".cm-line span", { hasText: "gather" }).first();
      await gather.waitFor();
      const tooltip = page.locator(".cm-tooltip-hover").first();
      await expect
        .poll(async () => {
          // A fresh mouse move each time: the editor asks for hover docs when the pointer comes to rest.
          await page.mouse.move(0, 0);
          await gather.hover();
          // The tooltip comes after the pointer rests and the worker answers; a later try moves again.
          await tooltip.waitFor({ timeout: 5000 }).catch(() => undefined);
          return (await tooltip.count()) > 0 ? tooltip.innerText() : "";
        }, WAIT)
        .toMatch(/function gather[\s\S]*Runs awaitables concurrently/);
    });

    it("shows the signature of the call being typed", async () => {
      await setCode(page, playground, `import * as asyncio from "asyncio";\nasyncio.sleep`);
      await page.keyboard.type("(");
      const signature = page.locator(".cm-tooltip.ll-signature");
      await signature.waitFor();
      await expect(signature.innerText()).resolves.toContain("delay: number");
    });

    it("knows an exercise's modules: the starter of a lesson's exercise has no type errors", async () => {
      const { lesson } = firstCodeExercise();
      await page.goto(`${site}lessons/${lesson.slug}/`);
      const exercise = page.locator('[data-playground="exercise"]').first();
      await exercise.scrollIntoViewIfNeeded();
      await exercise.locator('[data-action="check"]:not([disabled])').waitFor();
      await exercise.locator(".cm-content").click();
      const summary = exercise.locator('.ll-problems [role="status"]');
      // A new page: a new worker, and its first answer.
      await expect.poll(() => summary.innerText(), FIRST_ANSWER).toBe("No type errors.");
    });

    it("threw no page errors", () => {
      expect(pageErrors).toEqual([]);
    });
  });
}
