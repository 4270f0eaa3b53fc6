/**
 * The page's language reaching what the learner reads: the timeline model and the editor's hints
 * from the language worker. (That progress and drafts are shared between the languages is
 * tested end to end, in tests/e2e/korean.e2e.ts.)
 */
import { describe, expect, it } from "vitest";
import type { Trace } from "../../runtime/trace.ts";
import { uiMessages } from "../../src/i18n/ui/index.ts";
import { pageLang, text } from "../../src/i18n/page-lang.ts";
import { buildTimeline } from "../../src/island/timeline-model.ts";
import { createLanguageService } from "../../src/worker/language-service.ts";

describe("pageLang", () => {
  it("is English where there is no page (the timeline model's default words)", () => {
    expect(pageLang()).toBe("en");
    expect(text()).toBe(uiMessages("en"));
  });
});

describe("buildTimeline in Korean", () => {
  it("describes what each task did in Korean and names the outside lane in Korean", () => {
    const trace = {
      version: 2,
      ok: true,
      elapsed: 1,
      error: null,
      events: [
        { seq: 0, t: 0, type: "stdout", task: null, text: "before run" },
        { seq: 1, t: 0, type: "task_spawned", task: "Task-1", coro: "main" },
        { seq: 2, t: 0, type: "task_step", task: "Task-1" },
        { seq: 3, t: 0, type: "task_blocked", task: "Task-1", waiting: "sleep(1)" },
        { seq: 4, t: 1, type: "task_step", task: "Task-1" },
        { seq: 5, t: 1, type: "task_done", task: "Task-1" },
      ],
    } as unknown as Trace;
    const model = buildTimeline(trace, uiMessages("ko").timeline);
    expect(model.lanes.map((lane) => lane.name)).toEqual(["(최상위)", "Task-1"]);
    expect(model.rows.map((row) => row.what)).toEqual([
      "“before run” 출력",
      "생성됨 (main)",
      "실행",
      "기다리는 대상: sleep(1)",
      "실행",
      "끝남",
    ]);
  });
});

describe("the language worker's hints", () => {
  const service = createLanguageService();

  it("are written in the language the page asks for, TypeScript's message left as it is", () => {
    const path = "/korean-hint.ts";
    service.updateFile({ path, code: 'import * as asyncio from "asyncio";\nasyncio.sleeep(1);\n' });
    const [korean] = service.getLints({ path, lang: "ko" });
    expect(korean?.hint).toBe("asyncio 모듈에는 `sleeep` 항목이 없습니다. 철자를 확인하세요 (`sleep`?).");
    expect(korean?.message).toMatch(/^Property 'sleeep' does not exist[^\n]*\n힌트: asyncio 모듈에는/);
    const [english] = service.getLints({ path, lang: "en" });
    expect(english?.hint).toBe("asyncio has no `sleeep`: check the spelling (`sleep`?).");
  });
});
