import { checksFor, code, defineExercise } from "../../src/grader/index.ts";
import type { TraceEvent } from "../../runtime/trace.ts";

/** An image to resize (`work`: loop iterations of CPU work) and a page to download with a blocking client. */
interface Image {
  name: string;
  work: number;
}

/** The program reads `world.images` and `world.pages`; `world.http.routes` makes the pages slow. */
interface World {
  images: Image[];
  pages: string[];
  http: { routes: Record<string, { status: number; body: string; latency: number }> };
}

const checks = checksFor<World>();

function jobsWorld(images: Image[], pages: { url: string; latency: number }[]): World {
  const routes: World["http"]["routes"] = {};
  for (const page of pages)
    routes[page.url] = { status: 200, body: `<page ${page.url}>`, latency: page.latency };
  return { images, pages: pages.map((page) => page.url), http: { routes } };
}

interface Span {
  worker: string;
  start: number;
  end: number;
}

/** The time spans during which executor workers of one kind ran a function. */
function workerSpans(events: TraceEvent[], kind: "thread" | "process"): Span[] {
  const open = new Map<string, number>();
  const spans: Span[] = [];
  for (const event of events) {
    if (event.executor !== kind || event.task === null) continue;
    if (event.type === "worker_start") open.set(event.task, event.t);
    if (event.type === "worker_done" && open.has(event.task)) {
      spans.push({ worker: event.task, start: open.get(event.task) ?? event.t, end: event.t });
      open.delete(event.task);
    }
  }
  return spans;
}

/** The most spans running at one moment (spans that only touch do not count as overlapping). */
function mostAtOnce(spans: Span[]): number {
  let best = 0;
  for (const span of spans) {
    const moment = span.start + 1e-9;
    best = Math.max(best, spans.filter((s) => s.start <= moment && s.end > moment).length);
  }
  return best;
}

/** Four virtual cores: at most four resizes can compute at once. */
const CORES = 4;

export default defineExercise<World>({
  slug: "offload-to-pools",
  title: "Threads for waiting, processes for computing",
  kind: "write",
  lesson: "07-executors",
  prompt:
    "`resize` is CPU-bound and `download` uses the blocking `requests` client: called from a coroutine, either one would hold the event loop. Write `main` so that every image is resized in a **process pool** and every page downloaded in a **thread pool**, all at the same time, printing `resized <name>` and `downloaded <url>` as each job's result arrives and `all done` when every job has finished.",
  hints: [
    "`const loop = asyncio.getRunningLoop()`, then `loop.runInExecutor(pool, resize, image.name, image.work)` returns a Future you can await.",
    "Create a `ProcessPoolExecutor` for the resizes and a `ThreadPoolExecutor` (or use `asyncio.toThread`) for the downloads.",
    "Start every job before awaiting any: wrap each in a coroutine that awaits it and prints, and `gather` them all.",
    "Shut your pools down when you are done with them (`pool.shutdown()` in a `finally` block).",
  ],
  budgets: { wallTimeoutMs: 8000, virtualTimeLimit: 60 },
  variants: [
    {
      name: "two images and three pages",
      world: jobsWorld(
        [
          { name: "cat.png", work: 500_000 },
          { name: "dog.png", work: 800_000 },
        ],
        [
          { url: "http://a.example/", latency: 0.3 },
          { url: "http://b.example/", latency: 0.5 },
          { url: "http://c.example/", latency: 0.2 },
        ],
      ),
    },
    {
      name: "three images and one page",
      world: jobsWorld(
        [
          { name: "one.jpg", work: 500_000 },
          { name: "two.jpg", work: 500_000 },
          { name: "three.jpg", work: 500_000 },
        ],
        [{ url: "http://slow.example/", latency: 0.8 }],
      ),
    },
    {
      name: "one image and two pages",
      world: jobsWorld(
        [{ name: "big.tiff", work: 1_000_000 }],
        [
          { url: "http://x.example/", latency: 0.4 },
          { url: "http://y.example/", latency: 0.4 },
        ],
      ),
    },
  ],
  checks: {
    "reports every job": checks.outputIncludes(({ world }) => [
      ...world.images.map((image) => `resized ${image.name}`),
      ...world.pages.map((url) => `downloaded ${url}`),
    ]),
    "the loop is never held longer than 100 ms": checks
      .neverBlockedLongerThan(0.1)
      .explain(
        code.uses(
          /runInExecutor|toThread/,
          "Nothing in your code hands work to an executor: loop.runInExecutor(pool, fn, ...args).",
        ),
      ),
    "the resizes compute in parallel, in processes": checks
      .custom(({ trace, world, say }) => {
        const wanted = Math.min(world.images.length, CORES);
        const spans = workerSpans(trace.events, "process");
        if (spans.length < world.images.length)
          return checks.fail(
            say({
              en:
                `Expected each of the ${world.images.length} resizes to run on a process pool; ${spans.length} ran in a process. ` +
                "CPU work in threads takes turns because of the GIL; processes compute in parallel.",
              ko:
                `크기 조정 ${world.images.length}개가 모두 프로세스 풀에서 실행되어야 하는데, 프로세스에서 실행된 것은 ` +
                `${spans.length}개입니다. 스레드에서 하는 CPU 작업은 GIL 때문에 차례로 돌아가지만, 프로세스는 병렬로 계산합니다.`,
            }),
          );
        const atOnce = mostAtOnce(spans);
        return atOnce >= wanted
          ? checks.pass()
          : checks.fail(
              say({
                en: `Expected ${wanted} resizes computing at the same time; at most ${atOnce} did. Start every resize before awaiting any.`,
                ko: `크기 조정 ${wanted}개가 동시에 계산되어야 하는데, 동시에 계산된 것은 최대 ${atOnce}개였습니다. 어느 것도 await하기 전에 모든 크기 조정을 시작하세요.`,
              }),
            );
      })
      .explain(code.uses(/ProcessPoolExecutor/, "Only a ProcessPoolExecutor runs CPU work in parallel.")),
    "the downloads wait at the same time, in threads": checks.custom(({ trace, world, say }) => {
      const spans = workerSpans(trace.events, "thread");
      if (spans.length < world.pages.length)
        return checks.fail(
          say({
            en: `Expected each of the ${world.pages.length} downloads to run on a thread pool; ${spans.length} ran in a thread.`,
            ko: `다운로드 ${world.pages.length}개가 모두 스레드 풀에서 실행되어야 하는데, 스레드에서 실행된 것은 ${spans.length}개입니다.`,
          }),
        );
      const atOnce = mostAtOnce(spans);
      return atOnce >= world.pages.length
        ? checks.pass()
        : checks.fail(
            say({
              en: `Expected all ${world.pages.length} downloads waiting at the same time; at most ${atOnce} did. Start every download before awaiting any.`,
              ko: `다운로드 ${world.pages.length}개가 모두 동시에 기다려야 하는데, 동시에 기다린 것은 최대 ${atOnce}개였습니다. 어느 것도 await하기 전에 모든 다운로드를 시작하세요.`,
            }),
          );
    }),
    "downloads and resizes run at the same time": checks.custom(({ trace, say }) => {
      const threads = workerSpans(trace.events, "thread");
      const processes = workerSpans(trace.events, "process");
      const together = threads.some((t) => processes.some((p) => t.start < p.end && p.start < t.end));
      return together
        ? checks.pass()
        : checks.fail(
            say({
              en: "The downloads and the resizes took turns: start both kinds of job before awaiting any of them.",
              ko: "다운로드와 크기 조정이 번갈아 실행되었습니다. 어느 작업도 await하기 전에 두 종류의 작업을 모두 시작하세요.",
            }),
          );
    }),
    "prints all done after every job has finished": checks.custom(({ trace, say }) => {
      const done = trace.events.find((e) => e.type === "stdout" && e.text === "all done");
      if (done === undefined) {
        return checks.fail(
          say({ en: 'The line "all done" was never printed.', ko: '"all done" 줄이 출력되지 않았습니다.' }),
        );
      }
      const late = trace.events.find((e) => e.type === "worker_done" && e.seq > done.seq);
      return late === undefined
        ? checks.pass()
        : checks.fail(
            say({
              en: `"all done" was printed at t=${done.t.toFixed(3)} s, but ${late.task ?? "a worker"} was still busy until t=${late.t.toFixed(3)} s: await every job first.`,
              ko: `"all done" 줄이 ${done.t.toFixed(3)}초에 출력되었지만, ${late.task === null ? "한 워커" : `${late.task} 워커`}는 ${late.t.toFixed(3)}초까지 일하고 있었습니다. 먼저 모든 작업을 await하세요.`,
            }),
            { seq: done.seq, t: done.t },
          );
    }),
  },
});
