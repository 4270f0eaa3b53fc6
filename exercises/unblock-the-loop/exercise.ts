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
    "The downloads are started together with `gather`, yet they run one after the other. Find the call that blocks the event loop and replace it, so that all the downloads wait at the same time.",
  hints: [
    "While one task runs, no other task can: the loop only switches tasks at an `await` that really waits.",
    "`time.sleep(s)` does not await anything: it holds the whole loop for `s` seconds.",
    "`await asyncio.sleep(s)` waits without holding the loop.",
  ],
  budgets: { wallTimeoutMs: 3000, virtualTimeLimit: 60 },
  variants: [
    {
      name: "three downloads",
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
      world: {
        downloads: [
          { name: "video.mp4", seconds: 2 },
          { name: "subtitles.vtt", seconds: 0.2 },
        ],
      },
    },
  ],
  checks: {
    "every download starts before any finishes": checks.before(/^start /, /^done /),
    "no download holds the loop": checks
      .neverBlockedLongerThan(0.1)
      .explain(
        code.avoids(/time\.sleep\(/, "time.sleep(…) blocks the event loop; await asyncio.sleep(…) does not."),
      ),
    "the downloads wait at the same time": checks.overlap({
      atLeast: ({ world }) => world.downloads.length,
      waitingFor: /^sleep/,
    }),
    "all done after the slowest download, not the sum": checks.finishedNear(longest, {
      tolerance: 0.05,
      not: total,
      notMeans: "the downloads run one after the other",
    }),
    "reports when all downloads are done": checks.printed("all downloads done", {
      by: { coro: "main" },
      at: longest,
    }),
  },
});
