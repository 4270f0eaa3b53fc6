import { checksFor, code, defineExercise } from "../../src/grader/index.ts";

/** The downloads of a variant: a name and how many seconds the server takes to answer. */
interface World {
  downloads: { name: string; seconds: number }[];
}

const checks = checksFor<World>();
const longest = ({ world }: { world: World }): number => Math.max(...world.downloads.map((d) => d.seconds));
const total = ({ world }: { world: World }): number => world.downloads.reduce((sum, d) => sum + d.seconds, 0);

export default defineExercise<World>({
  slug: "unblock-the-loop",
  title: "Unblock the loop",
  kind: "fix",
  lesson: "04-event-loop",
  prompt:
    "The downloads are started together with `gather`, yet they run one after the other. Find the call that blocks the event loop and replace it with one that waits without blocking (in the loop or in a thread), so that all the downloads wait at the same time.",
  hints: [
    "While one task runs, no other task can: the loop only switches tasks at an `await` that really waits.",
    "`time.sleep(s)` does not await anything: it holds the whole loop for `s` seconds.",
    "`await asyncio.sleep(s)` waits without holding the loop.",
  ],
  budgets: { wallTimeoutMs: 3000, virtualTimeLimit: 60 },
  variants: [
    {
      name: "three downloads",
      description: "with three downloads of 0.3 s, 0.3 s and 0.5 s",
      world: {
        downloads: [
          { name: "index.html", seconds: 0.3 },
          { name: "style.css", seconds: 0.3 },
          { name: "logo.png", seconds: 0.5 },
        ],
      },
    },
    {
      name: "one slow download",
      description: "with one slow download of 2 s and a quick one",
      world: {
        downloads: [
          { name: "video.mp4", seconds: 2 },
          { name: "subtitles.vtt", seconds: 0.2 },
        ],
      },
    },
  ],
  /*
   * Contract — what the prompt asks, judged by behaviour:
   * - every download starts before any finishes, and all of them are under way at the same time,
   *   each in a task of its own (asyncio.sleep, asyncio.toThread(time.sleep, s) and
   *   loop.runInExecutor(…, time.sleep, s) all wait without holding the loop, so all pass);
   * - nothing holds the loop: no single step longer than 0.1 s, and not more than 0.05 s in total
   *   (time.sleep cut into small pieces still blocks for their sum);
   * - "all downloads done" comes from main once every download has finished, at the slowest
   *   download, not the sum.
   */
  starterFails: "no download holds the loop",
  checks: {
    "every download starts before any finishes": checks.before(/^start /, /^done /),
    "no download holds the loop": checks
      .neverBlockedLongerThan(0.1)
      .explain(
        code.avoids(/time\.sleep\(/, "time.sleep(…) blocks the event loop; await asyncio.sleep(…) does not."),
      ),
    "the loop is not held in small pieces either": checks
      .blockedAtMost(0.05)
      .hint("Every call to time.sleep holds the loop, however short: the pieces add up."),
    "the downloads wait at the same time": checks.spansOverlap(({ world }) =>
      world.downloads.map((d): [string, string] => [`start ${d.name}`, `done ${d.name}`]),
    ),
    "each download runs in its own task": checks.eachInOwnTask(
      ({ world }) => world.downloads.map((d) => [`start ${d.name}`, `done ${d.name}`]),
      { notMain: false },
    ),
    "all done after the slowest download, not the sum": checks.finishedNear(longest, {
      tolerance: 0.05,
      not: total,
      notMeans: "the downloads run one after the other",
    }),
    "reports when all downloads are done": checks.printed("all downloads done", {
      by: { coro: "main" },
      at: longest,
      count: 1,
    }),
  },
});
