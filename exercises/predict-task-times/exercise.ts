import { checks, defineExercise } from "../../src/grader/index.ts";

export default defineExercise({
  slug: "predict-task-times",
  title: "When do tasks run, and when do they finish?",
  kind: "predict",
  lesson: "05-futures-and-tasks",
  prompt:
    "Put the lines in the order the program prints them, and give each the virtual time (in seconds) at which it is printed.",
  hints: [
    "`createTask` schedules a task, but it first runs when `main` pauses at an `await` that really waits.",
    "All three waits start at t = 0: they overlap, they do not add up.",
    "Awaiting a task that has already finished does not pause at all.",
  ],
  /*
   * Contract: the predicted lines are exactly the lines the program prints, in order (trailing
   * spaces aside), and each predicted time is within 0.05 s of when its line is printed.
   */
  checks: {
    "the lines are in the order the program prints them": checks.predictedOrder(),
    "every line is printed at the time you predicted": checks.predictedTimes({ tolerance: 0.05 }),
  },
});
