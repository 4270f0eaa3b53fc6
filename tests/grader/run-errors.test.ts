import { describe, expect, it } from "vitest";
import { describeRunError } from "../../src/grader/index.ts";

describe("describeRunError", () => {
  it("gives a compile error with the learner's line and column", () => {
    expect(
      describeRunError({
        kind: "compile",
        name: "SyntaxError",
        message: "';' expected.",
        line: 3,
        column: 7,
      }),
    ).toBe("Your code does not compile (line 3:7): ';' expected.");
  });

  it("names the exception, its line, task and the learner's traceback", () => {
    const message = describeRunError({
      kind: "exception",
      name: "TypeError",
      message: "not a function",
      line: 12,
      column: 5,
      task: "Task-2",
      traceback: ["at main (line 20:3)", "at delay (line 12:5)"],
    });
    expect(message).toBe(
      "Your program raised TypeError: not a function (line 12:5) in Task-2.\n" +
        "Traceback (innermost last):\n  at main (line 20:3)\n  at delay (line 12:5)",
    );
  });

  it("does not repeat an exception name the message already starts with", () => {
    expect(describeRunError({ kind: "exception", name: "ValueError", message: "ValueError: bad" })).toBe(
      "Your program raised ValueError: bad.",
    );
  });

  it("lists every waiting task of a deadlock with its line", () => {
    const message = describeRunError({
      kind: "deadlock",
      name: "Deadlock",
      message: "2 tasks are waiting.",
      waiting: [
        { task: "Task-1", waiting: "Task-2", line: 9 },
        { task: "Task-2", waiting: "Queue.get()", line: 4 },
      ],
    });
    expect(message).toBe(
      "Deadlock: nothing can run and the main task is not done. 2 tasks are waiting.\n" +
        "  Task-1 waits for Task-2 (line 9)\n  Task-2 waits for Queue.get() (line 4)",
    );
  });

  it("explains a time-out at the line that was running", () => {
    expect(
      describeRunError({
        kind: "timeout",
        name: "TimeoutError",
        message: "Your code ran for more than 2 s.",
        line: 8,
      }),
    ).toBe("Your program ran too long and was stopped (line 8): Your code ran for more than 2 s.");
  });
});
