import { checks, defineExercise } from "../../src/grader/index.ts";

export default defineExercise({
  slug: "predict-cancel-order",
  title: "What happens when a task is cancelled?",
  kind: "predict",
  lesson: "05-futures-and-tasks",
  prompt:
    "Two tasks, one cancellation. Put the lines in the order they are printed, with the virtual time of each.",
  hints: [
    "Both tasks start as soon as `main` first pauses, at its `await asyncio.sleep(2)`.",
    "`cancel()` only requests the cancellation. Until B gets its next turn, nothing has happened inside B, and `b.cancelled()` is still false.",
    "B gets that turn when `main` pauses at `await b`: the `CancelledError` appears at B's `await asyncio.sleep(3)`, so `finished` is skipped but `finally` runs.",
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
