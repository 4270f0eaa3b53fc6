import { checksFor, code, defineExercise } from "../../src/grader/index.ts";

/** The factorials of a variant: a task name and the number whose factorial it computes (≥ 2). */
interface World {
  jobs: [string, number][];
}

const checks = checksFor<World>();

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

/** The lines one job prints: a step line per multiplication, then its result. */
function jobLines([name, n]: [string, number]): string[] {
  const steps = Array.from(
    { length: n - 1 },
    (_, k) => `Task ${name}: Compute factorial(${n}), currently i=${k + 2}...`,
  );
  return [...steps, `Task ${name}: factorial(${n}) = ${factorial(n)}`];
}

/**
 * The whole output, in the order asyncio produces it: each second, every job still running takes
 * one step, in the order the jobs were given (their sleeps were scheduled in that order, and equal
 * deadlines fire in scheduling order); then main prints the results.
 */
function expectedOutput({ world }: { world: World }): string[] {
  const perJob = world.jobs.map(jobLines);
  const rounds = Math.max(...perJob.map((lines) => lines.length));
  const output: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const lines of perJob) if (round < lines.length) output.push(lines[round]);
  }
  output.push(`[${world.jobs.map(([, n]) => factorial(n)).join(", ")}]`);
  return output;
}

const longest = ({ world }: { world: World }): number => Math.max(...world.jobs.map(([, n]) => n - 1));
const sum = ({ world }: { world: World }): number => world.jobs.reduce((total, [, n]) => total + n - 1, 0);

export default defineExercise<World>({
  slug: "gather-factorials",
  title: "Gather the factorials",
  kind: "write",
  lesson: "05-futures-and-tasks",
  prompt:
    "`factorial` is written for you. In `main`, compute the factorial of every job in `world.jobs` concurrently with `asyncio.gather`, print the list of results, and return it.",
  hints: [
    "`asyncio.gather(a, b, c)` runs its awaitables concurrently and resolves to their results in the order you passed them.",
    "Build one coroutine per job: `world.jobs.map(([name, n]) => factorial(name, n))`, then spread the array into `gather(...)`.",
    "`print(results)` shows an array as `[2, 6, 24]`.",
  ],
  budgets: { wallTimeoutMs: 3000, virtualTimeLimit: 60 },
  variants: [
    {
      name: "A, B, C: 2, 3, 4",
      description: "with jobs A, B and C computing 2!, 3! and 4!",
      world: {
        jobs: [
          ["A", 2],
          ["B", 3],
          ["C", 4],
        ],
      },
    },
    {
      name: "X, Y: 5, 3",
      description: "with jobs X and Y computing 5! and 3!",
      world: {
        jobs: [
          ["X", 5],
          ["Y", 3],
        ],
      },
    },
    {
      name: "four jobs",
      description: "with four jobs, P to S",
      world: {
        jobs: [
          ["P", 3],
          ["Q", 6],
          ["R", 2],
          ["S", 3],
        ],
      },
    },
  ],
  /*
   * Contract — what the prompt asks, judged by behaviour:
   * - the step lines come in the order asyncio runs the jobs (all jobs concurrently, in the order
   *   given), then the list of results;
   * - each factorial runs in a task of its own and they all wait at the same time (gather, tasks
   *   awaited in order, a TaskGroup: all pass; a replay from main does not);
   * - the program ends after the longest factorial, and main returns the results in job order.
   */
  starterFails: "prints every step in the order asyncio runs them",
  checks: {
    "prints every step in the order asyncio runs them": checks.outputEquals(expectedOutput),
    "each factorial runs in its own task": checks
      .eachInOwnTask(({ world }) => world.jobs.map(jobLines))
      .explain(
        code.uses(
          /gather|createTask/,
          "Your code never starts a task: asyncio.gather wraps each coroutine in one.",
        ),
      ),
    "the factorials wait at the same time": checks.overlap({
      atLeast: ({ world }) => world.jobs.length,
      waitingFor: /^sleep/,
    }),
    "finishes after the longest factorial, not the sum": checks.finishedNear(longest, {
      not: sum,
      notMeans: "the factorials are computed one after the other",
    }),
    "main returns the results in the order of the jobs": checks.returned(({ world }) =>
      world.jobs.map(([, n]) => factorial(n)),
    ),
  },
});
