import { checksFor, code, defineExercise } from "../../src/grader/index.ts";

/** The two delays of a variant, in seconds; the program reads them as `world.delays`. */
interface World {
  delays: [number, number];
}

const checks = checksFor<World>();
const lines = (d: number): [string, string] => [
  `sleeping for ${d} second(s)`,
  `finished sleeping for ${d} second(s)`,
];
const longest = ({ world }: { world: World }): number => Math.max(...world.delays);
const sum = ({ world }: { world: World }): number => world.delays[0] + world.delays[1];

export default defineExercise<World>({
  slug: "two-delays",
  title: "Two delays at once",
  kind: "fix",
  lesson: "05-futures-and-tasks",
  prompt:
    "`main` runs the two delays one after the other, so the program takes their sum. Make both delays wait at the same time, so it ends after the longer one, and keep returning both results in order.",
  hints: [
    "`await delay(...)` runs that coroutine to the end before the next line starts.",
    "`asyncio.createTask(delay(first))` starts a delay in a task of its own. Start both tasks first, then await them.",
    "`asyncio.gather(delay(first), delay(second))` does both steps at once and gives back `[first, second]`.",
  ],
  budgets: { wallTimeoutMs: 3000, virtualTimeLimit: 60 },
  variants: [
    { name: "2 s and 3 s", description: "with delays of 2 s and 3 s", world: { delays: [2, 3] } },
    { name: "4 s and 1 s", description: "with delays of 4 s and 1 s", world: { delays: [4, 1] } },
    { name: "0.5 s and 2.5 s", description: "with delays of 0.5 s and 2.5 s", world: { delays: [0.5, 2.5] } },
  ],
  /*
   * Contract — what the prompt asks, judged by behaviour:
   * - both delays print their two lines, and both start before either finishes;
   * - the two delays are under way at the same time, and each delay's lines come from one task,
   *   the two delays from different tasks (two tasks, gather, a TaskGroup, or one delay in a task
   *   while main awaits the other itself: all pass; a replay from main does not);
   * - nothing holds the loop (time.sleep, even in small pieces), and main waits for both delays
   *   (no task is left running when it returns);
   * - the program ends after the longer delay, not the sum, and main returns [first, second].
   */
  starterFails: "both delays start before either finishes",
  checks: {
    "prints when each delay starts and finishes": checks.outputIncludes(({ world }) =>
      world.delays.flatMap(lines),
    ),
    "both delays start before either finishes": checks
      .before(/^sleeping for/, /^finished sleeping for/)
      .hint("Start both delays before you await either of them."),
    "the delays wait at the same time": checks
      .spansOverlap(({ world }) => world.delays.map(lines))
      .explain(
        code.avoids(
          /time\.sleep/,
          "time.sleep blocks the whole loop: no other task runs while it sleeps. Await asyncio.sleep instead.",
        ),
      ),
    "the delays really run separately": checks
      .eachInOwnTask(({ world }) => world.delays.map(lines), { notMain: false })
      .explain(
        code.uses(
          /createTask|gather|TaskGroup/,
          "Nothing in your code starts a task: use asyncio.createTask or asyncio.gather.",
        ),
      ),
    "nothing holds the loop while the delays wait": checks.blockedAtMost(0.05),
    "main waits for both delays": checks
      .allTasksFinished()
      .hint("Sleeping as long as a delay is not waiting for it: await the tasks, or gather them."),
    "finishes after the longer delay, not the sum": checks.finishedNear(longest, {
      tolerance: 0.05,
      not: sum,
      notMeans: "the delays run one after the other",
    }),
    "main returns both results in order": checks.returned(({ world }) => world.delays),
  },
});
