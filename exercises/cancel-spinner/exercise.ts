import { checksFor, code, defineExercise } from "../../src/grader/index.ts";

/** How long the slow function works, how often the spinner turns, and the answer it finds. */
interface World {
  work: number;
  interval: number;
  answer: number;
}

const checks = checksFor<World>();

/**
 * How many frames the spinner prints before the answer is ready: one at every multiple of the
 * interval strictly before `work`, summed the way the program's sleeps add up the clock.
 */
function frames({ world }: { world: World }): number {
  let count = 0;
  for (let t = 0; t < world.work; t += world.interval) count++;
  return count;
}

const work = ({ world }: { world: World }): number => world.work;

export default defineExercise<World>({
  slug: "cancel-spinner",
  title: "Cancel the spinner",
  kind: "write",
  lesson: "05-futures-and-tasks",
  prompt:
    'Write `supervisor`: start `spin("thinking!")` as a task, await `slowFunction()`, then cancel the spinner and await the spinner task, so that it has really stopped. Print `Answer: <result>` after that, and return the result.',
  hints: [
    '`asyncio.createTask(spin("thinking!"))` starts the spinner; it runs whenever `supervisor` is waiting.',
    "`spinner.cancel()` only asks: the spinner stops at its next `await`. Awaiting the task waits for it to stop.",
    "Awaiting a cancelled task raises `CancelledError` in the awaiting coroutine: catch it with `try { await spinner; } catch (error) { … }`.",
  ],
  budgets: { wallTimeoutMs: 3000, virtualTimeLimit: 60 },
  variants: [
    {
      name: "3 s of work, a frame every 0.4 s",
      description: "with 3 s of work and a frame every 0.4 s",
      world: { work: 3, interval: 0.4, answer: 42 },
    },
    {
      name: "1.3 s of work, a frame every 0.25 s",
      description: "with 1.3 s of work and a frame every 0.25 s",
      world: { work: 1.3, interval: 0.25, answer: 7 },
    },
    {
      name: "2 s of work, a frame every 0.3 s",
      description: "with 2 s of work and a frame every 0.3 s",
      world: { work: 2, interval: 0.3, answer: 1234 },
    },
  ],
  /*
   * Contract — what the prompt asks, judged by behaviour:
   * - the spinner runs in its own task and prints a frame every interval until the answer is ready;
   * - it ends cancelled when the answer is ready, and after cancelling, supervisor waits for the
   *   spinner task itself (await it, gather it, asyncio.wait for it) — the prompt asks for that
   *   construct, because a sleep that happens to let the spinner stop is not waiting for it;
   * - "Answer: <result>" comes from supervisor once, after "spinner stopped", when the work is
   *   done; the program ends then, and supervisor returns the answer.
   */
  starterFails: "the spinner turns in its own task until the answer is ready",
  checks: {
    "the spinner turns in its own task until the answer is ready": checks
      .printed(/ thinking!$/, { by: { coro: "spin" }, count: frames })
      .explain(
        code.uses("createTask", "Your code never starts the spinner as a task with asyncio.createTask."),
      ),
    "the spinner is cancelled when the answer is ready": checks
      .cancelled({ coro: "spin" }, { near: work })
      .explain(code.uses(".cancel(", "Your code never calls the spinner task's cancel() method.")),
    "supervisor awaits the spinner task after cancelling it": checks
      .waitedFor({ coro: "spin" }, { by: { coro: "supervisor" }, afterCancel: true })
      .hint(
        "`spinner.cancel()` only asks it to stop; `await spinner` (inside try/catch) waits until it has.",
      ),
    "the spinner stops before the answer is printed": checks.inOrder(["spinner stopped", /^Answer: /]),
    "the answer is printed as soon as it is ready": checks.printed(({ world }) => `Answer: ${world.answer}`, {
      by: { coro: "supervisor" },
      at: work,
      count: 1,
    }),
    "the program ends when the slow function does": checks.finishedNear(work),
    "supervisor returns the answer": checks.returned(({ world }) => world.answer),
  },
});
