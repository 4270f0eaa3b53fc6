import { checks, defineExercise } from "../../src/grader/index.ts";

export default defineExercise({
  slug: "predict-loop-order",
  title: "Who runs next?",
  kind: "predict",
  lesson: "04-event-loop",
  prompt:
    "A callback, a timer, a task and two kinds of sleep. Put the lines in the order the event loop prints them, with the virtual time of each.",
  hints: [
    "Nothing else runs until `main` pauses at its first `await`. Everything scheduled before that waits in the ready queue, in the order it was scheduled.",
    "`await asyncio.sleep(0)` puts `main`'s next step at the back of the ready queue, behind the callSoon callback and the new task.",
    "After its first step, the child also goes to the back of the queue: behind `main`.",
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
