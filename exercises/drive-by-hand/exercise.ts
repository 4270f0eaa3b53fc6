import { checksFor, defineExercise } from "../../src/grader/index.ts";

/** One variant: how many times the coroutine pauses, and how it ends. */
interface World {
  pauses: number;
  /** What the coroutine returns. */
  word: string;
  /** When set, the coroutine throws `new Error(failure)` instead of returning. */
  failure?: string;
}

const checks = checksFor<World>();

/** The slices the coroutine runs, each announced by the send that runs it. */
function sliceLines(world: World): string[] {
  const lines: string[] = [];
  for (let send = 1; send <= world.pauses + 1; send++) {
    lines.push(`send #${send}`);
    if (send <= world.pauses) lines.push(`  ${world.pauses - send + 1}...`);
  }
  return lines;
}

const outcome = (world: World): string =>
  world.failure === undefined ? `drive returned ${world.word}` : `drive raised Error: ${world.failure}`;

export default defineExercise<World>({
  slug: "drive-by-hand",
  title: "Be the event loop",
  kind: "write",
  lesson: "03-coroutines",
  prompt:
    "Write `drive(coro)`: it calls `coro.send(undefined)` again and again, printing `send #1`, `send #2`, … before each send, until the coroutine finishes. Then it returns the coroutine's return value. Any error other than `StopIteration` must come out of `drive` unchanged. No event loop allowed.",
  hints: [
    "A loop around `coro.send(undefined)` inside a `try`/`catch`. A normal return from `send` means the coroutine paused: send again.",
    "When the coroutine returns, `send` throws a `StopIteration`; its `value` field is the coroutine's return value.",
    "In the `catch`, check `error instanceof StopIteration`. If it is anything else, `throw error` again.",
  ],
  budgets: { wallTimeoutMs: 3000, virtualTimeLimit: 10 },
  variants: [
    {
      name: "3 pauses",
      description: "with a coroutine that pauses 3 times",
      world: { pauses: 3, word: "liftoff" },
    },
    {
      name: "5 pauses",
      description: "with a coroutine that pauses 5 times",
      world: { pauses: 5, word: "splashdown" },
    },
    {
      name: "a coroutine that fails",
      description: "with a coroutine that fails",
      world: { pauses: 2, word: "", failure: "engine failure" },
    },
  ],
  /*
   * Contract — what the prompt asks, judged by behaviour:
   * - no task is created (no event loop drives the coroutine);
   * - "send #k" comes before each slice the coroutine prints, one send per slice, until it ends;
   * - the coroutine's return value comes out of drive, or its error comes out unchanged, once;
   * - nothing else is printed.
   */
  starterFails: "each send runs one slice of the coroutine",
  checks: {
    "drive does not use an event loop": checks.custom(({ trace, say }) => {
      const task = trace.events.find((event) => event.type === "task_spawned");
      return task === undefined
        ? checks.pass()
        : checks.fail(
            say({
              en: `A task (${task.task ?? "a task"}) was created at line ${task.line ?? "?"}: drive() must call send() itself, without asyncio.run or a loop.`,
              ko: `${task.line ?? "?"}번째 줄에서 태스크(${task.task ?? "이름 없음"})가 만들어졌습니다. drive()는 asyncio.run이나 이벤트 루프 없이 직접 send()를 호출해야 합니다.`,
            }),
            { seq: task.seq, t: task.t, line: task.line },
          );
    }),
    "each send runs one slice of the coroutine": checks.inOrder(({ world }) => sliceLines(world)),
    "drive hands back the result, or lets the error out": checks.printed(({ world }) => outcome(world), {
      count: 1,
    }),
    "nothing else is printed": checks.outputEquals(({ world }) => [...sliceLines(world), outcome(world)]),
  },
});
