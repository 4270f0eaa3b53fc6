import { checksFor, code, defineExercise } from "../../src/grader/index.ts";

/** Bob's jobs for one variant: what each job is called and how long it waits. */
interface World {
  jobs: { name: string; wait: number }[];
}

const checks = checksFor<World>();
const longest = ({ world }: { world: World }): number => Math.max(...world.jobs.map((job) => job.wait));
const total = ({ world }: { world: World }): number => world.jobs.reduce((sum, job) => sum + job.wait, 0);

export default defineExercise<World>({
  slug: "bob-juggles",
  title: "Bob juggles five jobs",
  kind: "write",
  lesson: "01-why-async",
  prompt:
    "Bob does his jobs one after another and stares at the wall during every wait. Change `main` so that all the jobs are started at once and their waits overlap, then print `Bob's morning is over` when every job is finished.",
  hints: [
    "The two-downloads example above does the same thing with two jobs: `await asyncio.gather(a(), b())` starts both and waits for both.",
    "`gather` takes any number of coroutines. Build them with `world.jobs.map(...)` and spread the array: `asyncio.gather(...coroutines)`.",
    "Print the last line after the `await asyncio.gather(...)`, so that it comes when every job is done.",
  ],
  budgets: { wallTimeoutMs: 3000, virtualTimeLimit: 60 },
  variants: [
    {
      name: "Bob's usual morning",
      world: {
        jobs: [
          { name: "book a flight", wait: 3 },
          { name: "answer the phone", wait: 1 },
          { name: "sign in a visitor", wait: 2 },
          { name: "arrange a meeting", wait: 2.5 },
          { name: "file documents", wait: 1.5 },
        ],
      },
    },
    {
      name: "a busy Monday",
      world: {
        jobs: [
          { name: "order supplies", wait: 4 },
          { name: "answer the phone", wait: 0.5 },
          { name: "reschedule a meeting", wait: 6 },
          { name: "sign for a parcel", wait: 2 },
        ],
      },
    },
  ],
  checks: {
    "every job starts before any job finishes": checks
      .before(/^Bob starts: /, /^Bob finishes: /)
      .hint("Start all the jobs first, and only then wait for them."),
    "each job runs in its own task": checks
      .eachInOwnTask(({ world }) =>
        world.jobs.map((job) => [`Bob starts: ${job.name}`, `Bob finishes: ${job.name}`]),
      )
      .explain(code.uses(/gather|createTask/, "Nothing in your code starts a job as a separate task.")),
    "the jobs wait at the same time": checks.overlap({
      atLeast: ({ world }) => world.jobs.length,
      waitingFor: /^sleep/,
    }),
    "Bob's morning is over when the last job is done": checks.printed("Bob's morning is over", {
      by: { coro: "main" },
      at: longest,
      count: 1,
    }),
    "the morning lasts as long as the longest wait, not the sum": checks.finishedNear(longest, {
      not: total,
    }),
  },
});
