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
      const problems = (parts: [string, number[]][]): string[] =>
        parts.filter(([, list]) => list.length > 0).map(([label, list]) => `${label}${list.join(", ")}`);
      return checks.fail(
        ctx.say({
          en: `Expected a line such as "worker-1 handled job 1" exactly once for each of the ${jobs.length} jobs; ${problems(
            [
              ["never handled: job ", missing],
              ["handled more than once: job ", twice],
              ["not a job of this run: job ", extra],
            ],
          ).join("; ")}.`,
          ko: `작업 ${jobs.length}개마다 "worker-1 handled job 1" 같은 줄이 정확히 한 번씩 있어야 합니다. ${problems(
            [
              ["처리되지 않은 작업 번호: ", missing],
              ["두 번 이상 처리된 작업 번호: ", twice],
              ["이 실행의 작업이 아닌 번호: ", extra],
            ],
          ).join(", ")}.`,
        }),
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
          ctx.say({
            en: `"${elsewhere.text}" was printed by ${elsewhere.task ?? "code outside any task"}, not by a worker task. Each job should be handled and reported by the worker that took it from the queue: start the workers with asyncio.createTask(worker(name, queue)).`,
            ko: `"${elsewhere.text}" 줄을 워커 태스크가 아니라 ${elsewhere.task === null ? "태스크 밖의 코드" : `${elsewhere.task} 태스크`}가 출력했습니다. 각 작업은 큐에서 그 작업을 꺼낸 워커가 처리하고 알려야 합니다. asyncio.createTask(worker(name, queue))로 워커를 시작하세요.`,
          }),
          { seq: elsewhere.seq, t: elsewhere.t, task: elsewhere.task },
        );
      }
      return lines.length > 0
        ? checks.pass()
        : checks.fail(
            ctx.say({
              en: 'No worker printed a line such as "worker-1 handled job 1".',
              ko: '"worker-1 handled job 1" 같은 줄을 출력한 워커가 없습니다.',
            }),
            { t: ctx.trace.elapsed },
          );
    }),
    "the workers handle jobs at the same time": checks.custom((ctx) => {
      const want = busyWorkers(ctx);
      const most = mostWaitingTogether(ctx.trace.events, (what) => what.startsWith("sleep("));
      return most >= want
        ? checks.pass()
        : checks.fail(
            ctx.say({
              en: `With ${ctx.world.workers} workers and ${ctx.world.jobs.length} jobs, ${want} jobs should be in progress at the same moment (each worker waiting in its own handle(job)); ${most === 0 ? "no job ever waited on the loop" : `at most ${most} did`}.${ctx.source.includes("time.sleep") ? " time.sleep holds the whole loop, so no other worker can run meanwhile." : ""}`,
              ko: `워커 ${ctx.world.workers}개와 작업 ${ctx.world.jobs.length}개라면 작업 ${want}개가 동시에 진행되어야 합니다(워커마다 자기 handle(job)에서 기다림). 그런데 ${most === 0 ? "이벤트 루프에서 기다린 작업이 하나도 없었습니다" : `동시에 진행된 작업은 최대 ${most}개였습니다`}.${ctx.source.includes("time.sleep") ? " time.sleep은 이벤트 루프 전체를 붙잡아서 그동안 다른 워커가 실행될 수 없습니다." : ""}`,
            }),
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
            ctx.say({
              en: "No put() ever waited for a free slot, so the queue was never full: create it with room for two jobs (`new asyncio.Queue(2)`) and fill it with `await queue.put(job)`.",
              ko: "빈자리를 기다린 put()이 하나도 없어서 큐가 한 번도 가득 차지 않았습니다. 작업 두 개가 들어가는 큐를 만들고(`new asyncio.Queue(2)`) `await queue.put(job)`으로 채우세요.",
            }),
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
            ctx.say({
              en: `${worker} was still running when main returned; asyncio.run() had to cancel it. Stop each worker (cancel it, or send it a value that tells it to finish) and await it before main returns.`,
              ko: `main이 반환될 때 ${worker} 태스크가 아직 실행 중이어서 asyncio.run()이 그 태스크를 취소해야 했습니다. main이 반환되기 전에 워커마다 멈추게 하고(취소하거나, 끝내라는 값을 보내서) await하세요.`,
            }),
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
