import { checksFor, code, defineExercise } from "../../src/grader/index.ts";
import type { TraceEvent } from "../../runtime/trace.ts";

/**
 * The countries to download, the flag server's latencies and the disk's save time
 * (`world.flags`), and how many writes the disk takes at once (`world.writers`).
 */
interface World {
  countries: string[];
  writers: number;
  flags: { latency: Record<string, number>; saveTime: number };
}

const checks = checksFor<World>();

interface Span {
  worker: string;
  start: number;
  end: number;
}

/** What executor workers ran, and when. */
function workerSpans(events: TraceEvent[]): Span[] {
  const open = new Map<string, number>();
  const spans: Span[] = [];
  for (const event of events) {
    if (event.task === null) continue;
    if (event.type === "worker_start") open.set(event.task, event.t);
    if (event.type === "worker_done" && open.has(event.task)) {
      spans.push({ worker: event.task, start: open.get(event.task) ?? event.t, end: event.t });
      open.delete(event.task);
    }
  }
  return spans;
}

function mostAtOnce(spans: Span[]): number {
  let best = 0;
  for (const span of spans) {
    const moment = span.start + 1e-9;
    best = Math.max(best, spans.filter((s) => s.start <= moment && s.end > moment).length);
  }
  return best;
}

export default defineExercise<World>({
  slug: "pass-the-pool",
  title: "Pass the pool you mean",
  kind: "fix",
  lesson: "08-downloading-flags",
  prompt:
    "The disk can only take `writers` saves at a time, so `downloadMany` creates a thread pool with that many workers for the saves. Yet the saves don't run on it, and too many hit the disk at once. Fix the program so that every save runs on that pool, while the downloads still wait at the same time.",
  hints: [
    "Look at the first argument of `runInExecutor`: `null` means the loop's default pool, whatever pools you have created.",
    "Pass the pool itself to `downloadOne`, and from there to `runInExecutor`.",
  ],
  budgets: { wallTimeoutMs: 5000, virtualTimeLimit: 60 },
  variants: [
    {
      name: "six flags, a disk for two",
      world: {
        countries: ["BR", "CN", "DE", "IN", "JP", "US"],
        writers: 2,
        flags: { latency: { BR: 0.2, CN: 0.2, DE: 0.2, IN: 0.2, JP: 0.2, US: 0.2 }, saveTime: 0.1 },
      },
    },
    {
      name: "ten flags, a disk for three",
      world: {
        countries: ["BD", "EG", "ET", "FR", "ID", "MX", "NG", "PH", "RU", "TR"],
        writers: 3,
        flags: {
          latency: {
            BD: 0.3,
            EG: 0.31,
            ET: 0.32,
            FR: 0.3,
            ID: 0.33,
            MX: 0.3,
            NG: 0.34,
            PH: 0.3,
            RU: 0.35,
            TR: 0.3,
          },
          saveTime: 0.2,
        },
      },
    },
    {
      name: "four flags, a disk for one",
      world: {
        countries: ["CD", "IR", "PK", "VN"],
        writers: 1,
        flags: { latency: { CD: 0.15, IR: 0.15, PK: 0.2, VN: 0.25 }, saveTime: 0.3 },
      },
    },
  ],
  checks: {
    "shows every country code": checks.outputIncludes(({ world }) => world.countries),
    "the downloads wait at the same time": checks
      .overlap({ atLeast: ({ world }) => world.countries.length, waitingFor: /^http\.get/ })
      .hint("Keep one task per country, all started before any is awaited."),
    "every save runs on the program's pool, not the default one": checks
      .custom(({ trace, world, say }) => {
        const spans = workerSpans(trace.events);
        const onDefault = spans.filter((span) => span.worker.startsWith("asyncio_"));
        if (onDefault.length > 0)
          return checks.fail(
            say({
              en: `${onDefault.length} of the saves ran on the loop's default pool (worker ${onDefault[0].worker}): runInExecutor was given null instead of the pool.`,
              ko: `저장 중 ${onDefault.length}개가 이벤트 루프의 기본 풀(워커 ${onDefault[0].worker})에서 실행되었습니다. runInExecutor에 풀 대신 null이 전달되었습니다.`,
            }),
          );
        if (spans.length < world.countries.length)
          return checks.fail(
            say({
              en: `Expected each of the ${world.countries.length} saves to run on the pool's workers; ${spans.length} did.`,
              ko: `저장 ${world.countries.length}개가 모두 풀의 워커에서 실행되어야 하는데, 그렇게 실행된 것은 ${spans.length}개입니다.`,
            }),
          );
        return checks.pass();
      })
      .explain(code.avoids(/runInExecutor\(\s*null/, "runInExecutor(null, …) always uses the default pool.")),
    "never more saves at once than the disk takes": checks.custom(({ trace, world, say }) => {
      const atOnce = mostAtOnce(workerSpans(trace.events));
      return atOnce <= world.writers
        ? checks.pass()
        : checks.fail(
            say({
              en: `The disk takes ${world.writers} save(s) at a time, but ${atOnce} ran at once. Use the one pool with ${world.writers} worker(s) for every save.`,
              ko: `디스크는 한 번에 저장 ${world.writers}개만 받는데, 동시에 ${atOnce}개가 실행되었습니다. 모든 저장에 워커 ${world.writers}개짜리 풀 하나를 쓰세요.`,
            }),
          );
    }),
    "the loop is never held longer than 100 ms": checks.neverBlockedLongerThan(0.1),
    "reports the count after every flag is saved": checks.custom(({ trace, world, say }) => {
      const line = `${world.countries.length} flags downloaded`;
      const report = trace.events.find((e) => e.type === "stdout" && e.text === line);
      if (report === undefined) {
        return checks.fail(
          say({ en: `The line "${line}" was never printed.`, ko: `"${line}" 줄이 출력되지 않았습니다.` }),
        );
      }
      const late = trace.events.find((e) => e.type === "worker_done" && e.seq > report.seq);
      return late === undefined
        ? checks.pass()
        : checks.fail(
            say({
              en: `"${line}" was printed at t=${report.t.toFixed(3)} s, but a save was still running until t=${late.t.toFixed(3)} s.`,
              ko: `"${line}" 줄이 ${report.t.toFixed(3)}초에 출력되었지만, 저장 하나가 ${late.t.toFixed(3)}초까지 실행 중이었습니다.`,
            }),
            { seq: report.seq, t: report.t },
          );
    }),
  },
});
