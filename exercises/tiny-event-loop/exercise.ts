import { checksFor, defineExercise } from "../../src/grader/index.ts";

/** One variant: the jobs to spawn, in order, and the naps each one takes between its steps. */
interface World {
  jobs: { name: string; naps: number[] }[];
}

const checks = checksFor<World>();

/**
 * The lines a correct tiny loop prints for these jobs: the rules of the exercise prompt, simulated.
 * Naps are multiples of 0.5 s, so wake-up times compare exactly.
 */
function schedule(world: World): string[] {
  interface Job {
    name: string;
    naps: number[];
    step: number;
  }
  const lines: string[] = [];
  let clock = 0;
  const stamp = (text: string): void => {
    lines.push(`[${clock.toFixed(1)}] ${text}`);
  };
  const ready: Job[] = world.jobs.map((job) => ({ ...job, step: 0 }));
  let sleeping: { job: Job; wake: number }[] = []; // in the order they fell asleep
  while (ready.length > 0 || sleeping.length > 0) {
    if (ready.length === 0) {
      clock = Math.min(...sleeping.map((s) => s.wake));
      ready.push(...sleeping.filter((s) => s.wake <= clock).map((s) => s.job));
      sleeping = sleeping.filter((s) => s.wake > clock);
    }
    const job = ready.shift() as Job;
    if (job.step === job.naps.length) {
      stamp(`${job.name} done`);
      continue;
    }
    const nap = job.naps[job.step];
    job.step += 1;
    stamp(`${job.name} step ${job.step}, then sleep ${nap}`);
    if (nap === 0) ready.push(job);
    else sleeping.push({ job, wake: clock + nap });
  }
  stamp("all jobs done");
  return lines;
}

export default defineExercise<World>({
  slug: "tiny-event-loop",
  title: "Build a tiny event loop",
  kind: "write",
  lesson: "04-event-loop",
  prompt:
    "Complete `TinyLoop`: a ready queue, sleeping jobs and a clock of its own, driving plain generator functions. Follow the rules in the comment above `run()`. No asyncio: your loop jumps its own clock forward instead of waiting.",
  hints: [
    "Keep two lists: `ready` (jobs to run, first in first out) and `sleeping` (`{ job, wake }` objects, in the order the jobs fell asleep). `spawn` pushes onto `ready`.",
    "In `run`, loop while either list is non-empty. Take `ready.shift()`, call `job.next()`: `{ done: true }` means the job returned; otherwise `value` is the nap.",
    "When `ready` is empty, set `clock` to the smallest `wake` among the sleepers, then move every sleeper with `wake <= clock` to `ready`, keeping their order.",
  ],
  budgets: { wallTimeoutMs: 3000, virtualTimeLimit: 10 },
  variants: [
    {
      name: "A, B and C",
      description: "with jobs A, B and C",
      world: {
        jobs: [
          { name: "A", naps: [1, 0, 0.5] },
          { name: "B", naps: [0.5, 0.5] },
          { name: "C", naps: [0, 2] },
        ],
      },
    },
    {
      name: "breakfast",
      description: "with the breakfast jobs (tea, toast, eggs, coffee)",
      world: {
        jobs: [
          { name: "tea", naps: [2, 0] },
          { name: "toast", naps: [1, 1] },
          { name: "eggs", naps: [0, 0, 1.5] },
          { name: "coffee", naps: [0.5, 1.5] },
        ],
      },
    },
  ],
  /*
   * Contract — what the prompt asks, judged by behaviour:
   * - no asyncio task runs and Looplab's clock never moves: TinyLoop drives the generators and
   *   keeps its own clock;
   * - the printed schedule follows the rules above `run()`: first steps in spawn order, a nap of 0
   *   goes to the back of the ready queue, the clock jumps to the earliest wake-up, and jobs that
   *   wake together keep the order they fell asleep in.
   */
  starterFails: "every job takes its first step in spawn order",
  checks: {
    "the loop keeps its own clock, without asyncio": checks.custom(({ trace, say }) => {
      const task = trace.events.find((event) => event.type === "task_spawned");
      if (task !== undefined) {
        return checks.fail(
          say({
            en: `An asyncio task was created (line ${task.line ?? "?"}): TinyLoop must run the generators itself.`,
            ko: `asyncio 태스크가 만들어졌습니다(${task.line ?? "?"}번째 줄). TinyLoop이 제너레이터(generator)를 직접 실행해야 합니다.`,
          }),
          { seq: task.seq, t: task.t, line: task.line },
        );
      }
      if (trace.elapsed > 0) {
        return checks.fail(
          say({
            en:
              `Looplab's clock moved to ${trace.elapsed} s: something waited for real (asyncio.sleep or time.sleep). ` +
              "TinyLoop must move its own `clock` forward instead.",
            ko:
              `Looplab의 시계가 ${trace.elapsed}초로 움직였습니다. 무언가가 실제로 기다렸습니다(asyncio.sleep이나 ` +
              "time.sleep). 대신 TinyLoop이 자기 `clock`을 앞으로 옮겨야 합니다.",
          }),
          { t: trace.elapsed },
        );
      }
      return checks.pass();
    }),
    "every job takes its first step in spawn order": checks.inOrder(({ world }) =>
      world.jobs.map((job) => `[0.0] ${job.name} step 1, then sleep ${job.naps[0]}`),
    ),
    "the later steps come in the right order": checks.inOrder(({ world }) =>
      schedule(world).filter((line) => !line.startsWith("[0.0]")),
    ),
    "the whole run follows the schedule": checks.outputEquals(({ world }) => schedule(world)),
  },
});
