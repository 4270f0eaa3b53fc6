import { checks, defineExercise } from "../../src/grader/index.ts";

export default defineExercise({
  slug: "predict-two-clients",
  title: "Two clients, one server",
  kind: "predict",
  lesson: "10-streams-and-servers",
  prompt:
    "Two clients talk to the same server over links with different delays. Put the lines in the order the program prints them, and give each the virtual time (in seconds) at which it is printed.",
  hints: [
    "Connecting takes one round trip: the request travels to the server and the acceptance travels back, so twice the link's one-way delay.",
    "`write()` does not wait for anything: the line is printed at once, and the data arrives at the other end one delay later.",
    "The server runs `shout` once per connection, in a task of its own: it does not finish one client before it starts the next.",
  ],
  checks: {
    "the lines are in the order the program prints them": checks.predictedOrder(),
    "every line is printed at the time you predicted": checks.predictedTimes({ tolerance: 0.05 }),
  },
});
