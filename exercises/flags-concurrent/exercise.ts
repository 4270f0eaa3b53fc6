import { checksFor, code, defineExercise } from "../../src/grader/index.ts";

/**
 * The countries to download (`world.countries`) and the flag server's behaviour:
 * `world.flags.latency` (seconds per country code) and `world.flags.saveTime` (seconds per save).
 */
interface World {
  countries: string[];
  flags: { latency: Record<string, number>; saveTime: number };
}

const checks = checksFor<World>();

const latency = (world: World, cc: string): number => world.flags.latency[cc];
/** The last flag is saved once its download and its save are both done. */
const slowest = ({ world }: { world: World }): number =>
  Math.max(...world.countries.map((cc) => latency(world, cc))) + world.flags.saveTime;
const total = ({ world }: { world: World }): number =>
  world.countries.reduce((sum, cc) => sum + latency(world, cc) + world.flags.saveTime, 0);

const POP20_LATENCY: Record<string, number> = {
  CN: 0.33,
  IN: 0.38,
  US: 0.56,
  ID: 0.33,
  BR: 0.35,
  PK: 0.39,
  NG: 0.19,
  BD: 0.36,
  RU: 0.41,
  JP: 0.5,
  MX: 0.15,
  PH: 0.25,
  VN: 0.15,
  ET: 0.5,
  EG: 0.45,
  DE: 0.12,
  IR: 0.59,
  TR: 0.58,
  CD: 0.43,
  FR: 0.41,
};

/** Worker spans (thread or process) that ran a function. */
function workerRuns(events: { type: string }[]): number {
  return events.filter((event) => event.type === "worker_done").length;
}

export default defineExercise<World>({
  slug: "flags-concurrent",
  title: "Download the flags concurrently",
  kind: "write",
  lesson: "08-downloading-flags",
  prompt:
    "Write `downloadOne(session, cc)` and `downloadMany(ccList)`: every flag in `countries` is fetched with the async client at the same time, `show`n with its country code as soon as it arrives, and saved with `flags.saveFlag(image, filename)` **in an executor**, because writing to disk blocks. `downloadMany` returns how many flags it downloaded; the program then prints `N flags downloaded`. The whole download should take about as long as the slowest flag, not the sum of all of them.",
  hints: [
    "`getFlag(session, cc)` is already written: `await` it to get the image.",
    "Saving blocks the thread it runs on: `await asyncio.getRunningLoop().runInExecutor(null, flags.saveFlag, image, filename)` runs it in the default thread pool.",
    "Start one task per country before awaiting any: `await asyncio.gather(...ccList.map((cc) => asyncio.createTask(downloadOne(session, cc))))`.",
  ],
  budgets: { wallTimeoutMs: 5000, virtualTimeLimit: 60 },
  variants: [
    {
      name: "the 20 most populous countries",
      world: { countries: Object.keys(POP20_LATENCY), flags: { latency: POP20_LATENCY, saveTime: 0.01 } },
    },
    {
      name: "five countries and a slow disk",
      world: {
        countries: ["BR", "CN", "IN", "JP", "US"],
        flags: { latency: { BR: 0.2, CN: 0.45, IN: 0.3, JP: 0.25, US: 0.4 }, saveTime: 0.15 },
      },
    },
    {
      name: "one very slow flag",
      world: {
        countries: ["DE", "FR", "MX", "NG", "PH", "RU", "TR", "VN"],
        flags: {
          latency: { DE: 0.1, FR: 0.15, MX: 0.2, NG: 1.5, PH: 0.12, RU: 0.18, TR: 0.1, VN: 0.16 },
          saveTime: 0.05,
        },
      },
    },
  ],
  checks: {
    "shows every country code": checks.outputIncludes(({ world }) => world.countries),
    "shows each flag from its own task": checks
      .eachInOwnTask(({ world }) => world.countries.map((cc) => [cc]))
      .hint("Call `show(cc)` inside `downloadOne`, and run one `downloadOne` task per country."),
    "the downloads wait at the same time": checks
      .overlap({ atLeast: ({ world }) => world.countries.length, waitingFor: /^http\.get/ })
      .hint(
        "Create one task per country before awaiting any of them, so that every request is on its way at once.",
      )
      .explain(
        code.avoids(
          /requests\.get/,
          "requests.get blocks the loop; await session.get(url) lets the other downloads run.",
        ),
      ),
    "every flag is saved in an executor": checks
      .custom(({ trace, world, say }) => {
        const runs = workerRuns(trace.events);
        return runs >= world.countries.length
          ? checks.pass()
          : checks.fail(
              say({
                en:
                  `Expected each of the ${world.countries.length} saves to run on an executor's worker; ${runs} did. ` +
                  "flags.saveFlag writes to the disk and blocks the thread it runs on.",
                ko:
                  `저장 ${world.countries.length}개가 모두 익스큐터(executor)의 워커에서 실행되어야 하는데, 그렇게 ` +
                  `실행된 것은 ${runs}개입니다. flags.saveFlag는 디스크에 쓰면서 자기가 실행되는 스레드를 블로킹합니다.`,
              }),
            );
      })
      .explain(
        code.uses(
          /runInExecutor|toThread/,
          "Nothing hands the saves to an executor: loop.runInExecutor(null, flags.saveFlag, image, filename).",
        ),
      ),
    "the loop is never held longer than 100 ms": checks.neverBlockedLongerThan(0.1),
    "finishes near the slowest flag, not the sum": checks.finishedNear(slowest, {
      tolerance: 0.05,
      not: total,
      notMeans: "the flags are downloaded one after the other",
    }),
    "reports how many flags were downloaded": checks.printed(
      ({ world }) => `${world.countries.length} flags downloaded`,
      { at: slowest },
    ),
  },
});
