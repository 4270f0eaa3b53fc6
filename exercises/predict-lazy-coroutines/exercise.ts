import { checks, defineExercise } from "../../src/grader/index.ts";

export default defineExercise({
  slug: "predict-lazy-coroutines",
  title: "When does a coroutine run?",
  kind: "predict",
  lesson: "03-coroutines",
  prompt:
    "Everything here happens at t = 0, so only the order matters. Put the lines in the order the program prints them.",
  hints: [
    'Calling `step("a")` creates a coroutine and runs none of its body.',
    "`createTask` schedules its coroutine, but the task only gets a turn when `main` pauses, and awaiting a coroutine that never pauses does not pause `main`.",
    "`main` first pauses at `await task`: that is the moment task c runs.",
  ],
  /*
   * Contract: the predicted lines are exactly the lines the program prints, in order (trailing
   * spaces aside); times are not judged.
   */
  checks: {
    "the lines are in the right order": checks.predictedOrder(),
  },
});
