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
      description: "with the jobs of Bob's usual morning",
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
      description: "with the jobs of a busy Monday",
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
  /*
   * Contract — what the prompt asks, judged by behaviour, not by one way of writing it:
   * - every job starts before any job finishes, and the jobs' waits overlap (gather, tasks awaited
   *   later, a TaskGroup, one job awaited inline while the others run: all pass);
   * - each job's two lines come from one task, different jobs from different tasks (a replay from
   *   main fails);
   * - main waits for every job: none is left running when main returns;
   * - "Bob's morning is over" is printed once, by main, after every job's last line, at the
   *   longest wait (not the sum).
   */
  starterFails: "every job starts before any job finishes",
  checks: {
    "every job starts before any job finishes": checks
      .before(/^Bob starts: /, /^Bob finishes: /)
      .hint("Start all the jobs first, and only then wait for them."),
    "the jobs run in separate tasks": checks
      .eachInOwnTask(
        ({ world }) => world.jobs.map((job) => [`Bob starts: ${job.name}`, `Bob finishes: ${job.name}`]),
        { notMain: false },
      )
      .explain(
        code.uses(/gather|createTask|TaskGroup/, "Nothing in your code starts a job as a separate task."),
      ),
    "the jobs wait at the same time": checks.spansOverlap(({ world }) =>
      world.jobs.map((job): [string, string] => [`Bob starts: ${job.name}`, `Bob finishes: ${job.name}`]),
    ),
    "main waits for every job to finish": checks
      .allTasksFinished()
      .hint(
        "Sleeping until the jobs should be done is not waiting for them: await the tasks, or gather them.",
      ),
    "Bob's morning is over only after the last job is done": checks
      .before(({ world }) => world.jobs.map((job) => `Bob finishes: ${job.name}`), "Bob's morning is over")
      .hint("Print the last line after the `await` that waits for every job."),
    "Bob says his morning is over once, from main": checks.printed("Bob's morning is over", {
      by: { coro: "main" },
      at: longest,
      count: 1,
    }),
    "the morning lasts as long as the longest wait, not the sum": checks.finishedNear(longest, {
      not: total,
      notMeans: "the jobs wait one after the other",
    }),
  },
});
