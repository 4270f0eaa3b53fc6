import { checks, defineExercise } from "../../src/grader/index.ts";

export default defineExercise({
  slug: "predict-callback-order",
  title: "In what order do the callbacks run?",
  kind: "predict",
  lesson: "02-callbacks-to-coroutines",
  prompt:
    "This program sends requests in callback style. Put its output lines in the order they are printed, with the virtual time of each.",
  hints: [
    "No callback can run while the top-level code is still running: the loop only starts calling callbacks at `loop.runForever()`.",
    "`callSoon` callbacks run on the loop's very first turn, before any timer is due.",
    "Each response arrives `latency` seconds after its `fetch` call. The request for c is only sent when b's response has arrived.",
  ],
  /*
   * Contract: the predicted lines are exactly the lines the program prints, in order (trailing
   * spaces aside), and each predicted time is within 0.05 s of when its line is printed.
   */
  checks: {
    "the lines are in the right order": checks.predictedOrder(),
    "each line is printed at the right time": checks.predictedTimes({ tolerance: 0.05 }),
  },
});
