import { checksFor, defineExercise, type CheckContext, type Localized } from "../../src/grader/index.ts";

/** One variant: the pages to fetch (how long each takes) and how long any one page may take. */
interface World {
  pages: { name: string; seconds: number; size: number }[];
  limit: number;
}

const checks = checksFor<World>();
type TraceEvent = CheckContext<World>["trace"]["events"][number];
type Page = World["pages"][number];

const slow = (world: World, page: Page): boolean => page.seconds > world.limit;
const outcome = (world: World, page: Page): string =>
  slow(world, page) ? `${page.name}: timed out after ${world.limit} s` : `${page.name}: ${page.size} bytes`;
const endOf = (world: World, page: Page): number => Math.min(page.seconds, world.limit);
const expectedEnd = ({ world }: { world: World }): number =>
  Math.max(...world.pages.map((p) => endOf(world, p)));
const slowest = ({ world }: { world: World }): number => Math.max(...world.pages.map((p) => p.seconds));

/**
 * The largest number of tasks that were waiting at the same moment on something `waiting`
 * accepts (a task waits from the end of one step, `task_blocked`, until its next step starts).
 */
function mostWaitingTogether(events: readonly TraceEvent[], waiting: (what: string) => boolean): number {
  const now = new Set<string>();
  let most = 0;
  for (const event of events) {
    if (event.task === null) continue;
    if (event.type === "task_blocked" && waiting(event.waiting ?? "")) now.add(event.task);
    else if (event.type === "task_step" || event.type === "task_done" || event.type === "task_cancelled")
      now.delete(event.task);
    most = Math.max(most, now.size);
  }
  return most;
}

/** A time for a message, without floating-point noise: `2.5`. */
const seconds = (t: number): number => Number(t.toFixed(3));

const endsAtTheLimit = checks.finishedNear(expectedEnd, {
  not: slowest,
  notMeans: { en: "the program waited for the slowest page", ko: "가장 느린 페이지까지 기다리는 경우" },
});
const endsWithTheSlowest = checks.finishedNear(expectedEnd);

/** A check that every page printed `line(page)` once, at ≈`at(page)`, for the pages `which` selects. */
function linesAtTheRightTime(
  which: (world: World, page: Page) => boolean,
  line: (world: World, page: Page) => string,
  explain: Localized,
) {
  return checks.custom((ctx) => {
    for (const page of ctx.world.pages.filter((p) => which(ctx.world, p))) {
      const text = line(ctx.world, page);
      const want = endOf(ctx.world, page);
      const printed = ctx.trace.events.filter((event) => event.type === "stdout" && event.text === text);
      if (printed.length !== 1) {
        return checks.fail(
          ctx.say({
            en: `Expected the line "${text}" once; it was printed ${printed.length} times.`,
            ko: `"${text}" 줄이 한 번 출력되어야 하는데 ${printed.length}번 출력되었습니다.`,
          }),
          { t: ctx.trace.elapsed },
        );
      }
      const [event] = printed;
      const mainEnd = ctx.trace.events.find((e) => e.task === "Task-1" && e.type === "task_done");
      if (mainEnd !== undefined && event.seq > mainEnd.seq) {
        return checks.fail(
          ctx.say({
            en: `"${text}" was printed only after main had returned: asyncio.run() cancelled a fetch that was left running. ${explain.en}`,
            ko: `"${text}" 줄은 main이 반환된 뒤에야 출력되었습니다. asyncio.run()이 아직 실행 중이던 가져오기를 취소한 것입니다. ${explain.ko}`,
          }),
          { seq: event.seq, t: event.t, task: event.task },
        );
      }
      if (Math.abs(event.t - want) > 0.05) {
        return checks.fail(
          ctx.say({
            en: `Expected "${text}" at ${seconds(want)} s; it was printed at ${seconds(event.t)} s. ${explain.en}`,
            ko: `"${text}" 줄은 ${seconds(want)}초에 출력되어야 하는데 ${seconds(event.t)}초에 출력되었습니다. ${explain.ko}`,
          }),
          {
            seq: event.seq,
            t: event.t,
            task: event.task,
          },
        );
      }
    }
    return checks.pass();
  });
}

export default defineExercise<World>({
  slug: "deadline-per-page",
  title: "A deadline for every page",
  kind: "fix",
  lesson: "09-queues-and-timeouts",
  prompt:
    "`fetchWithin` is meant to give each page at most `world.limit` seconds, but it only looks at the clock after the page has arrived, so a slow page still holds everything up. Fix it so that a page that takes too long is stopped at the limit (its connection closes then) and reported as `<name>: timed out after <limit> s`, while the other pages are reported as before.",
  hints: [
    "Measuring the time after `await fetch(page)` cannot help: by then the whole wait is over.",
    "`await asyncio.waitFor(fetch(page), limit)` waits at most `limit` seconds; past that it cancels the fetch and throws `asyncio.TimeoutError`.",
    "Catch only `asyncio.TimeoutError` (rethrow anything else) and print the timed-out line there.",
  ],
  budgets: { wallTimeoutMs: 3000, virtualTimeLimit: 120 },
  variants: [
    {
      name: "one slow page of three, a 2 s limit",
      world: {
        pages: [
          { name: "news", seconds: 1, size: 2048 },
          { name: "weather", seconds: 6, size: 512 },
          { name: "sports", seconds: 1.5, size: 4096 },
        ],
        limit: 2,
      },
    },
    {
      name: "two slow pages of four, a 3 s limit",
      world: {
        pages: [
          { name: "archive", seconds: 10, size: 90000 },
          { name: "home", seconds: 0.5, size: 1200 },
          { name: "search", seconds: 2.5, size: 300 },
          { name: "videos", seconds: 4, size: 70000 },
        ],
        limit: 3,
      },
    },
    {
      name: "one page just over a 5 s limit",
      world: {
        pages: [
          { name: "a", seconds: 3, size: 10 },
          { name: "b", seconds: 5.5, size: 20 },
        ],
        limit: 5,
      },
    },
  ],
  checks: {
    "prints one line for every page": checks.outputIncludes(({ world }) =>
      world.pages.map((p) => outcome(world, p)),
    ),
    "the pages are fetched at the same time": checks.custom((ctx) => {
      const want = ctx.world.pages.length;
      const most = mostWaitingTogether(ctx.trace.events, (what) => what.startsWith("sleep("));
      return most >= want
        ? checks.pass()
        : checks.fail(
            ctx.say({
              en: `All ${want} pages should be on their way at the same moment; ${most === 0 ? "no fetch ever waited on the loop" : `at most ${most} were`}. Keep the gather, so that every page's fetch waits while the others wait too.${ctx.source.includes("time.sleep") ? " time.sleep holds the whole loop while it waits." : ""}`,
              ko: `페이지 ${want}개를 모두 동시에 가져오고 있어야 하는데, ${most === 0 ? "이벤트 루프에서 기다린 가져오기가 하나도 없었습니다" : `동시에 진행된 것은 최대 ${most}개였습니다`}. gather를 그대로 두어서 각 페이지를 가져오는 동안 다른 페이지도 함께 기다리게 하세요.${ctx.source.includes("time.sleep") ? " time.sleep은 기다리는 동안 이벤트 루프 전체를 붙잡습니다." : ""}`,
            }),
            { t: ctx.trace.elapsed },
          );
    }),
    "a slow page is reported when the limit is reached": linesAtTheRightTime(slow, outcome, {
      en: "Give up on the page at the limit instead of waiting for it.",
      ko: "페이지를 끝까지 기다리지 말고 제한 시간에 포기하세요.",
    }),
    "a slow page's connection is closed at the limit": linesAtTheRightTime(
      slow,
      (_world, page) => `${page.name}: connection closed`,
      {
        en: "The fetch itself must be stopped (cancelled) at the limit, not left running.",
        ko: "가져오기 자체를 제한 시간에 멈춰야(취소해야) 합니다. 계속 실행되게 두면 안 됩니다.",
      },
    ),
    "the pages in time are reported when they arrive": linesAtTheRightTime(
      (world, page) => !slow(world, page),
      outcome,
      { en: "Report a page as soon as it has arrived.", ko: "페이지가 도착하면 바로 알리세요." },
    ),
    "the program ends at the limit, not after the slowest page": checks.custom((ctx) =>
      ctx.world.pages.some((page) => slow(ctx.world, page))
        ? endsAtTheLimit.evaluate(ctx)
        : endsWithTheSlowest.evaluate(ctx),
    ),
    "main returns the sizes of the pages that arrived": checks.returned(({ world }) =>
      world.pages.filter((p) => !slow(world, p)).map((p) => p.size),
    ),
  },
});
