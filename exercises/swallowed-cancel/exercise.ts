import { checksFor, defineExercise } from "../../src/grader/index.ts";

/** One variant: the jobs in the queue, which of them are corrupt, and when main loses patience. */
interface World {
  jobs: number[];
  /** Jobs that fail after their second of work. */
  corrupt: number[];
  /** When main cancels the worker, in seconds. */
  cancelAfter: number;
}

const checks = checksFor<World>();

/** Jobs that were started before the cancellation arrived (each takes 1 s, one after another). */
const startedJobs = (world: World): number[] => world.jobs.filter((_, i) => i < world.cancelAfter);

export default defineExercise<World>({
  slug: "swallowed-cancel",
  title: "The worker that would not stop",
  kind: "fix",
  lesson: "03-coroutines",
  prompt:
    "`worker` carries on after a failed job, which is right, but it also carries on when `main` cancels it, which is not. Fix `worker` so that cancellation stops it (its `finally` still runs), while a corrupt job is still reported and skipped.",
  hints: [
    "Cancelling a task throws `CancelledError` into it at its current `await`: here, inside `process(job)`, inside the `try` whose `catch` takes every error.",
    "In the `catch`, tell the two kinds of error apart with `error instanceof asyncio.CancelledError`.",
    "Rethrow the `CancelledError` (`throw error;`) so it leaves `worker`; keep reporting everything else.",
  ],
  budgets: { wallTimeoutMs: 3000, virtualTimeLimit: 60 },
  variants: [
    {
      name: "cancelled during job 3",
      description: "with five jobs and a cancel during job 3",
      world: { jobs: [1, 2, 3, 4, 5], corrupt: [2], cancelAfter: 2.5 },
    },
    {
      name: "cancelled during job 4",
      description: "with six jobs and a cancel during job 4",
      world: { jobs: [10, 20, 30, 40, 50, 60], corrupt: [10, 30], cancelAfter: 3.5 },
    },
  ],
  /*
   * Contract — what the prompt asks, judged by behaviour:
   * - a corrupt job is reported and the worker goes on with the next one;
   * - the worker task ends cancelled when main cancels it (not by returning), no job starts after
   *   that, the cancellation is not reported as a failed job, and the worker's finally runs once;
   * - main sees the cancellation when it awaits the worker.
   */
  starterFails: "the worker task ends cancelled",
  checks: {
    "a corrupt job is reported and skipped": checks.inOrder(({ world }) => {
      const bad = world.corrupt[0];
      const next = world.jobs[world.jobs.indexOf(bad) + 1];
      return [`job ${bad} failed (Error: job ${bad} is corrupt), moving on`, `processing job ${next}`];
    }),
    // No hint: the failure message itself says which of the mistakes happened.
    "the worker task ends cancelled": checks.cancelled("worker", { near: ({ world }) => world.cancelAfter }),
    "the cancellation is not reported as a failed job": checks
      .notPrinted(/^job \d+ failed \(CancelledError/)
      .hint("Tell CancelledError apart before reporting: it is not a failed job."),
    "no job starts after the cancellation": checks.printed(/^processing job /, {
      count: ({ world }) => startedJobs(world).length,
    }),
    "the worker still cleans up": checks.printed("worker: closing up", {
      at: ({ world }) => world.cancelAfter,
      count: 1,
    }),
    "main sees the cancellation": checks.printed("main: the worker was cancelled", {
      by: { coro: "main" },
      at: ({ world }) => world.cancelAfter,
    }),
  },
});
