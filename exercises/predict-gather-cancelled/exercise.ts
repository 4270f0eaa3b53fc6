import { checks, defineExercise } from "../../src/grader/index.ts";

export default defineExercise({
  slug: "predict-gather-cancelled",
  title: "gather, an error and a cancellation",
  kind: "predict",
  lesson: "08-downloading-flags",
  prompt:
    "Four jobs are gathered with `returnExceptions: true`; one of them fails, and another is cancelled from outside half a second in. Put the lines in the order the program prints them, and give each the virtual time (in seconds) at which it is printed.",
  hints: [
    "Cancelling one of the gathered tasks cancels only that task: the others keep running.",
    "With `returnExceptions: true`, a failure or a cancellation becomes an entry of the results, in its place; `gather` waits for every job.",
    "`gather` returns when its last job ends, whatever the order they end in.",
  ],
  checks: {
    "the lines are in the order the program prints them": checks.predictedOrder(),
    "every line is printed at the time you predicted": checks.predictedTimes({ tolerance: 0.05 }),
  },
});
