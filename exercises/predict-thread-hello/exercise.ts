import { checks, defineExercise } from "../../src/grader/index.ts";

export default defineExercise({
  slug: "predict-thread-hello",
  title: "A thread, a ticker and a blocking sleep",
  kind: "predict",
  lesson: "07-executors",
  prompt:
    "`blocking` sleeps for half a second in a worker thread while a ticker task counts on the loop; afterwards `main` calls `time.sleep` on the loop's own thread. Put the lines in the order the program prints them, and give each the virtual time (in seconds) at which it is printed.",
  hints: [
    "`asyncio.toThread` runs `blocking` in another thread: its `time.sleep` does not hold the loop, so the ticker keeps ticking.",
    "`time.sleep(0.3)` in `main` runs on the loop's thread: no task can run until it returns.",
    "A timer that falls due while the loop is blocked fires as soon as the loop is free again, not on time.",
  ],
  checks: {
    "the lines are in the order the program prints them": checks.predictedOrder(),
    "every line is printed at the time you predicted": checks.predictedTimes({ tolerance: 0.05 }),
  },
});
