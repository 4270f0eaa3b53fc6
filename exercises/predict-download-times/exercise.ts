import { checks, defineExercise } from "../../src/grader/index.ts";

export default defineExercise({
  slug: "predict-download-times",
  title: "When does each download finish?",
  kind: "predict",
  lesson: "01-why-async",
  prompt:
    "Read the program, then put its output lines in order and write the virtual time at which each one is printed.",
  hints: [
    "`await download(...)` waits for that download to finish completely before the next line of `main` runs.",
    "`asyncio.gather(...)` starts both of its downloads at the same moment; their waits overlap.",
    "`all done` is printed when the slower of the two gathered downloads has finished.",
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
