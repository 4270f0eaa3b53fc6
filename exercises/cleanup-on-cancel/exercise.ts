import { checksFor, code, defineExercise } from "../../src/grader/index.ts";

/** One variant: the file to download, how long it takes, and how long main is willing to wait. */
interface World {
  url: string;
  /** Seconds the download needs. */
  duration: number;
  /** Seconds main waits before giving up. */
  patience: number;
}

const checks = checksFor<World>();
const slow = (world: World): boolean => world.duration > world.patience;
const outcome = ({ world }: { world: World }): string =>
  slow(world)
    ? `gave up on ${world.url} after ${world.patience} s`
    : `${world.url}: ${world.duration} s of data`;
const cancelledAtDeadline = checks.cancelled({ coro: "download" }, { near: ({ world }) => world.patience });

export default defineExercise<World>({
  slug: "cleanup-on-cancel",
  title: "Give up on a slow download, cleanly",
  kind: "write",
  lesson: "05-futures-and-tasks",
  prompt:
    "Run the download as a task. If it is not done after `world.patience` seconds, cancel it, wait until it has stopped, and print `gave up on <url> after <patience> s`; otherwise print its result. Either way the download must print `closing connection to <url>` exactly once, at the moment it ends.",
  hints: [
    "`const task = asyncio.createTask(download(...))` starts it; `await asyncio.sleep(world.patience)` lets it run for that long.",
    "After the sleep, `task.done()` says whether it finished. If not, `task.cancel()`.",
    "Awaiting a cancelled task throws `CancelledError`: catch it in `main` to print the give-up message.",
    "Inside `download`, put the wait in `try { ... } finally { ... }` and close the connection in `finally`: it runs on success and on cancellation.",
  ],
  budgets: { wallTimeoutMs: 3000, virtualTimeLimit: 120 },
  variants: [
    {
      name: "a slow download",
      description: "with a 30 s download and 5 s of patience",
      world: { url: "https://example.test/big.iso", duration: 30, patience: 5 },
    },
    {
      name: "a quick download",
      description: "with a 2 s download and 5 s of patience",
      world: { url: "https://example.test/notes.txt", duration: 2, patience: 5 },
    },
    {
      name: "another slow one",
      description: "with a 12 s download and 7.5 s of patience",
      world: { url: "https://example.test/video.mp4", duration: 12, patience: 7.5 },
    },
  ],
  /*
   * Contract — what the prompt asks, judged by behaviour:
   * - the download runs in a task of its own;
   * - a download slower than the patience ends cancelled at the deadline, and has stopped before
   *   main returns (cancelling without waiting leaves it to asyncio.run's clean-up: that fails); a
   *   quick one is never cancelled (asyncio.wait with a timeout, waitFor, or sleep-then-check all pass);
   * - "closing connection to <url>" comes from the download once, when it ends, either way;
   * - main prints the result or the give-up line once.
   */
  starterFails: "the download runs in its own task",
  checks: {
    "the download runs in its own task": checks
      .eachInOwnTask(({ world }) => [[`opening connection to ${world.url}`]])
      .explain(code.uses(/createTask/, "Nothing in your code creates a task for the download.")),
    "a download that takes too long is cancelled at the deadline": checks.custom((ctx) => {
      if (slow(ctx.world)) return cancelledAtDeadline.evaluate(ctx);
      const cancelled = ctx.trace.events.find((event) => event.type === "task_cancelled");
      return cancelled === undefined
        ? checks.pass()
        : checks.fail(
            ctx.say({
              en:
                `${cancelled.task ?? "A task"} was cancelled at ${cancelled.t.toFixed(3)} s, but this download needs only ` +
                `${ctx.world.duration} s: cancel it only if it is not done when your patience runs out.`,
              ko:
                `${cancelled.task === null ? "한 태스크" : `${cancelled.task} 태스크`}가 ${cancelled.t.toFixed(3)}초에 ` +
                `취소되었지만, 이 다운로드는 ${ctx.world.duration}초면 끝납니다. 기다릴 수 있는 시간이 다 지났는데도 ` +
                "끝나지 않았을 때만 취소하세요.",
            }),
            { seq: cancelled.seq, t: cancelled.t, task: cancelled.task },
          );
    }),
    "the connection is always closed when the download ends": checks
      .printed(({ world }) => `closing connection to ${world.url}`, {
        by: { coro: "download" },
        at: ({ world }) => Math.min(world.duration, world.patience),
        count: 1,
      })
      .hint("Code after an `await` does not run when the task is cancelled there; a `finally` block does."),
    "the connection is closed exactly once": checks.printed(
      ({ world }) => `closing connection to ${world.url}`,
      {
        count: 1,
      },
    ),
    "main reports what happened": checks.printed(outcome, { by: { coro: "main" }, count: 1 }),
  },
});
