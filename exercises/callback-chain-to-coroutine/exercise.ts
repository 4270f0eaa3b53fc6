import { checksFor, code, defineExercise } from "../../src/grader/index.ts";

/** One variant: whose shipping status to look up, and how slow the remote API is. */
interface World {
  user: string;
  /** Seconds each API call takes. */
  latency: number;
  /** A user the API does not know (looking them up fails). */
  unknownUser: string;
}

const checks = checksFor<World>();
const known = (world: World): boolean => world.user !== world.unknownUser;
const answer = ({ world }: { world: World }): string =>
  known(world)
    ? `shipping status: shipping:latestOrder:findUser:${world.user}`
    : `error: no such user: ${world.user}`;
const calls = ({ world }: { world: World }): string[] =>
  known(world)
    ? [
        `calling findUser(${world.user})`,
        `calling latestOrder(findUser:${world.user})`,
        `calling shipping(latestOrder:findUser:${world.user})`,
      ]
    : [`calling findUser(${world.user})`];

export default defineExercise<World>({
  slug: "callback-chain-to-coroutine",
  title: "Untangle a callback chain",
  kind: "write",
  lesson: "02-callbacks-to-coroutines",
  prompt:
    "`lookUp` chains three API calls with callbacks. Rewrite it as one coroutine, `async function lookUp(user)`, that awaits `apiCall(...)` three times and returns the status (a failed call simply throws). Run it from `async function main()` with `asyncio.run(main())`; `main` prints the same two kinds of lines as before.",
  hints: [
    '`apiCall(endpoint, request)` returns a Future: `const userId = await apiCall("findUser", user);` pauses until the response is in.',
    "Each call needs the previous answer, so the three `await`s come one after another, in one function, top to bottom.",
    "In `main`, wrap the call in `try { ... } catch (error) { ... }`: a failed API call arrives as an ordinary exception. Print `error.message` in the `catch` block.",
    "Once nothing uses `apiCallWithCallback`, `newEventLoop`, `runForever` and `loop.stop()` any more, delete them: `asyncio.run(main())` does that job.",
  ],
  budgets: { wallTimeoutMs: 3000, virtualTimeLimit: 60 },
  variants: [
    {
      name: "ada, 0.5 s per call",
      description: "for ada, with 0.5 s per call",
      world: { user: "ada", latency: 0.5, unknownUser: "mallory" },
    },
    {
      name: "grace, 1.5 s per call",
      description: "for grace, with 1.5 s per call",
      world: { user: "grace", latency: 1.5, unknownUser: "mallory" },
    },
    {
      name: "an unknown user",
      description: "for a user the API does not know",
      world: { user: "mallory", latency: 0.5, unknownUser: "mallory" },
    },
  ],
  /*
   * Contract — what the prompt asks, judged by behaviour:
   * - the three calls are made one after another, each with the previous answer, and each starts
   *   when the previous answer arrives (so the program ends when the last answer is in);
   * - the answer (or the error's message) is printed once, by main: it comes back as the value of
   *   `await lookUp(...)`, not from a callback (the prompt asks for one coroutine that awaits).
   */
  starterFails: "the answer comes back to main",
  checks: {
    "the calls are made in order, each with the previous answer": checks.inOrder(calls),
    "each call starts when the previous answer arrives": checks.printed(
      ({ world }) => calls({ world }).at(-1) ?? "",
      { at: ({ world }) => (known(world) ? 2 * world.latency : 0) },
    ),
    "the program prints the answer (or the error)": checks
      .printed(answer, { count: 1 })
      .hint(
        "Print exactly `shipping status: <status>` or `error: <message>`. For a failed call, print `error.message`: printing the error itself adds its class name.",
      ),
    "the answer comes back to main": checks
      .printed(/^(shipping status|error): /, { by: { coro: "main" } })
      .hint(
        "Callbacks run outside any task. The answer must come back to `main` as the return value of `await lookUp(...)`.",
      )
      .explain(
        code.avoids(
          /runForever/,
          "Your program still runs the loop with runForever(): the answer is printed by a callback.",
        ),
      ),
    "the program ends when the answer is in": checks.finishedNear(({ world }) =>
      known(world) ? 3 * world.latency : world.latency,
    ),
  },
});
