import { checksFor, defineExercise, type CheckContext } from "../../src/grader/index.ts";

/** One variant: how long each job takes (job 1 is the first), and how many workers share them. */
interface World {
  jobs: number[];
  workers: number;
}

const checks = checksFor<World>();
type TraceEvent = CheckContext<World>["trace"]["events"][number];
const HANDLED = /^worker-\d+ handled job (\d+)$/;

/**
 * When the last job ends if each job goes to the first worker that is free, in order: the
 * producer puts jobs without delay, so that is exactly how the queue hands them out.
 */
function makespan({ world }: { world: World }): number {
  const free = Array.from({ length: world.workers }, () => 0);
  for (const seconds of world.jobs) {
    const next = free.indexOf(Math.min(...free));
    free[next] += seconds;
  }
  return Math.max(...free);
}

const total = ({ world }: { world: World }): number => world.jobs.reduce((sum, s) => sum + s, 0);
const busyWorkers = ({ world }: { world: World }): number => Math.min(world.workers, world.jobs.length);

/**
 * The largest number of tasks that were waiting at the same moment on something `waiting`
 * accepts (a task waits from the end of one step, `task_blocked`, until its next step starts).
 */
function mostWaitingTogether(events: readonly TraceEvent[], waiting: (what: string) => boolean): number {
  const now = new Set<string>();
  let most = 0;
  for (const event of events) {
    if (event.task === null) continue;
    if (event.type === "task_blocked" && waiting(event.waiting ?? "")) now.add(event.task);
    else if (event.type === "task_step" || event.type === "task_done" || event.type === "task_cancelled")
      now.delete(event.task);
    most = Math.max(most, now.size);
  }
  return most;
}

/** The task `asyncio.run()` created for `main`: the first task of the run. */
function mainTask(ctx: CheckContext<World>): string | null {
  return ctx.trace.events.find((event) => event.type === "task_spawned")?.task ?? null;
}

export default defineExercise<World>({
  slug: "queue-workers",
  title: "Workers fed by a bounded queue",
  kind: "write",
  lesson: "09-queues-and-timeouts",
  prompt:
    "Finish the program: `main` starts `world.workers` worker tasks named `worker-1`, `worker-2`…, puts the jobs `1` to `jobs.length` into a queue that holds at most two items, waits until every job is done, then stops the workers and returns how many jobs were handled. A worker takes a job from the queue, awaits `handle(job)`, prints `worker-<n> handled job <job>` and marks the job done.",
  hints: [
    "`new asyncio.Queue<number>(2)` makes a queue with room for two jobs; `await queue.put(job)` waits while it is full.",
    "A worker is a loop that never ends by itself: `for (;;) { const job = await queue.get(); … queue.taskDone(); }`.",
    "Start the workers with `asyncio.createTask(worker(name, queue), { name })` before you put the first job, or nobody will make room in the queue.",
    "`await queue.join()` returns once `taskDone()` was called for every job. Then cancel the workers and await them, for example with `asyncio.gather(...workers, { returnExceptions: true })`.",
  ],
  budgets: { wallTimeoutMs: 4000, virtualTimeLimit: 120 },
  variants: [
    { name: "6 jobs for 3 workers", world: { jobs: [3, 1, 2, 1, 1, 2], workers: 3 } },
    { name: "10 short jobs for 2 workers", world: { jobs: [1, 2, 1, 1, 3, 1, 2, 1, 1, 1], workers: 2 } },
    { name: "4 jobs for 4 workers", world: { jobs: [2, 2, 1, 3], workers: 4 } },
    {
      name: "one long job and four short ones for 2 workers",
      world: { jobs: [4, 1, 1, 1, 0.5], workers: 2 },
    },
  ],
  checks: {
    "every job is handled exactly once": checks.custom((ctx) => {
      const seen = new Map<number, number>();
      for (const event of ctx.trace.events) {
        const match = event.type === "stdout" ? HANDLED.exec(event.text ?? "") : null;
        if (match !== null) seen.set(Number(match[1]), (seen.get(Number(match[1])) ?? 0) + 1);
      }
      const jobs = ctx.world.jobs.map((_, index) => index + 1);
      const missing = jobs.filter((job) => !seen.has(job));
      const twice = jobs.filter((job) => (seen.get(job) ?? 0) > 1);
      const extra = [...seen.keys()].filter((job) => !jobs.includes(job));
      if (missing.length === 0 && twice.length === 0 && extra.length === 0) return checks.pass();
      const problems = [
        missing.length > 0 ? `never handled: job ${missing.join(", ")}` : "",
        twice.length > 0 ? `handled more than once: job ${twice.join(", ")}` : "",
        extra.length > 0 ? `not a job of this run: job ${extra.join(", ")}` : "",
      ].filter((part) => part !== "");
      return checks.fail(
        `Expected a line such as "worker-1 handled job 1" exactly once for each of the ${jobs.length} jobs; ${problems.join("; ")}.`,
        { t: ctx.trace.elapsed },
      );
    }),
    "the workers print what they handle": checks.custom((ctx) => {
      const workers = new Set(
        ctx.trace.events
          .filter((event) => event.type === "task_spawned" && event.coro === "worker")
          .map((event) => event.task),
      );
      const lines = ctx.trace.events.filter(
        (event) => event.type === "stdout" && HANDLED.test(event.text ?? ""),
      );
      const elsewhere = lines.find((event) => !workers.has(event.task));
      if (elsewhere !== undefined) {
        return checks.fail(
          `"${elsewhere.text}" was printed by ${elsewhere.task ?? "code outside any task"}, not by a worker task. Each job should be handled and reported by the worker that took it from the queue: start the workers with asyncio.createTask(worker(name, queue)).`,
          { seq: elsewhere.seq, t: elsewhere.t, task: elsewhere.task },
        );
      }
      return lines.length > 0
        ? checks.pass()
        : checks.fail('No worker printed a line such as "worker-1 handled job 1".', { t: ctx.trace.elapsed });
    }),
    "the workers handle jobs at the same time": checks.custom((ctx) => {
      const want = busyWorkers(ctx);
      const most = mostWaitingTogether(ctx.trace.events, (what) => what.startsWith("sleep("));
      return most >= want
        ? checks.pass()
        : checks.fail(
            `With ${ctx.world.workers} workers and ${ctx.world.jobs.length} jobs, ${want} jobs should be in progress at the same moment (each worker waiting in its own handle(job)); ${most === 0 ? "no job ever waited on the loop" : `at most ${most} did`}.${ctx.source.includes("time.sleep") ? " time.sleep holds the whole loop, so no other worker can run meanwhile." : ""}`,
            { t: ctx.trace.elapsed },
          );
    }),
    "the producer waits for room in the bounded queue": checks.custom((ctx) => {
      const waited = ctx.trace.events.some(
        (event) => event.type === "task_blocked" && event.waiting === "Queue.put()",
      );
      return waited
        ? checks.pass()
        : checks.fail(
            "No put() ever waited for a free slot, so the queue was never full: create it with room for two jobs (`new asyncio.Queue(2)`) and fill it with `await queue.put(job)`.",
            { t: ctx.trace.elapsed },
          );
    }),
    "the workers are stopped before main returns": checks.custom((ctx) => {
      const main = mainTask(ctx);
      const mainEnd = ctx.trace.events.find(
        (event) => event.task === main && (event.type === "task_done" || event.type === "task_cancelled"),
      );
      const workers = new Set(
        ctx.trace.events
          .filter((event) => event.type === "task_spawned" && event.coro === "worker")
          .map((event) => event.task),
      );
      for (const worker of workers) {
        const end = ctx.trace.events.find(
          (event) => event.task === worker && (event.type === "task_done" || event.type === "task_cancelled"),
        );
        if (end === undefined || (mainEnd !== undefined && end.seq > mainEnd.seq)) {
          return checks.fail(
            `${worker} was still running when main returned; asyncio.run() had to cancel it. Stop each worker (cancel it, or send it a value that tells it to finish) and await it before main returns.`,
            end === undefined ? { t: ctx.trace.elapsed } : { seq: end.seq, t: end.t, task: end.task },
          );
        }
      }
      return checks.pass();
    }),
    "the program ends when the last job is done": checks.finishedNear(makespan, {
      not: total,
      notMeans: "the jobs were handled one after another",
    }),
    "main returns the number of jobs handled": checks.returned(({ world }) => world.jobs.length),
  },
});
